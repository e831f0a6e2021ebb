package nl.regioplan.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.pipeline.store.DataStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command line as a user would and keeps what it printed, so tests see the CLI wiring too. */
public record CommandRun(int exitCode, byte[] out, String err) {
    public static synchronized CommandRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = RegioplanCommand.run(args);
            return new CommandRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Runs a {@code --json} command that must succeed and returns what it printed, parsed. */
    public static JsonNode json(String... args) throws Exception {
        CommandRun run = of(args);
        if (run.exitCode() != 0) throw new AssertionError("exit " + run.exitCode() + ": " + run.err());
        return DataStore.json().readTree(run.text());
    }

    public String text() {
        return new String(out, StandardCharsets.UTF_8);
    }
}
