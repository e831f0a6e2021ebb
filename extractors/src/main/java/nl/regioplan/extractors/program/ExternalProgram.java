package nl.regioplan.extractors.program;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The external programs the extractors may run (tesseract, pdftotext): found on the PATH, or absent. */
public final class ExternalProgram {
    private ExternalProgram() {
    }

    public static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
