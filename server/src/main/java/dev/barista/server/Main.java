package dev.barista.server;

import dev.barista.server.cost.CostCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code barista <command>}: the command line. */
@Command(name = "barista", mixinStandardHelpOptions = true, version = "Barista 0.1.0",
        description = "A self-hosted serverless compute platform that speaks the AWS wire protocols.",
        subcommands = {ServerCommand.class, CostCommand.class})
public final class Main implements Runnable {

    public static void main(String[] arguments) {
        int exitCode = new CommandLine(new Main()).execute(arguments);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
