package dev.barista.it.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A stream handler: answers {@code {"bytes":N,"input":<input>}} for any JSON input, unparsed. */
public class StreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] bytes = input.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        output.write(("{\"bytes\":" + bytes.length + ",\"input\":" + text + "}").getBytes(StandardCharsets.UTF_8));
    }
}
