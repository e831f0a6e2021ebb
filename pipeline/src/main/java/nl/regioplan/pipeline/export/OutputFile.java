package nl.regioplan.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: the file of --out (its folder made if needed), else standard output. */
public final class OutputFile {
    /** Writes the report; the stream is not its to close. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    /** @param file null for standard output */
    public static void write(Path file, Body body) throws IOException {
        if (file == null) {
            body.writeTo(System.out);
            System.out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            body.writeTo(out);
        }
        System.err.println("wrote " + file);
    }
}
