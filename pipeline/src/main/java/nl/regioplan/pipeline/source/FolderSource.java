package nl.regioplan.pipeline.source;

import nl.regioplan.pipeline.ingest.IncomingDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into documents: a file is taken as it is (whatever its name, so a bad file the
 * user points at is quarantined, not ignored); a folder gives its PDFs, recursively, in name order.
 */
public final class FolderSource {
    private FolderSource() {
    }

    public static List<IncomingDocument> documents(List<Path> paths) {
        List<IncomingDocument> documents = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                documents.addAll(FolderDescription.describe(path, pdfsIn(path)));
            } else if (Files.isRegularFile(path)) {
                documents.add(IncomingDocument.ofFile(path));
            } else {
                throw new UncheckedIOException(new NoSuchFileException(path.toString(), null, "no such file or folder"));
            }
        }
        return documents;
    }

    /** One PDF as a scan of its folder would describe it: with the title, type and region its catalogue gives. */
    public static IncomingDocument describe(Path pdf) {
        Path folder = pdf.toAbsolutePath().getParent();
        return FolderDescription.describe(folder, List.of(pdf.toAbsolutePath())).getFirst();
    }

    private static List<Path> pdfsIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
