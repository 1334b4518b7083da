package dev.barista.runtime.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A stream handler for the launcher tests: answers its input in upper case. */
public class UppercaseStreamHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        output.write(text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
