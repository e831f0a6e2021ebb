package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.RegioplanCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code regioplan} in a JVM of its own, as a user's second terminal runs it: own locks, own signals. */
final class RegioplanProcess {
    private RegioplanProcess() {
    }

    static ProcessBuilder builder(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), RegioplanCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static Process start(String... args) throws IOException {
        return builder(args).start();
    }
}
