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
    /** What a folder may hold beside its PDFs without being worth a word: its own description. */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("manifest.csv", "index.csv");

    private FolderSource() {
    }

    /**
     * The documents the paths name, and the files in named folders that were left out: not PDFs by name, or
     * hidden (a leading dot, like the "._plan.pdf" companions macOS copies leave), so the user hears of them.
     */
    public record Scan(List<IncomingDocument> documents, List<Path> notPdf, List<Path> hidden) {
        /** One line per kind of file left out, or nothing when none were. */
        public List<String> skippedLines() {
            List<String> lines = new ArrayList<>();
            if (!notPdf.isEmpty())
                lines.add("skipped " + count(notPdf.size(), "file") + " not named .pdf: " + names(notPdf));
            if (!hidden.isEmpty())
                lines.add("skipped " + count(hidden.size(), "hidden file") + " (the name starts with a dot; rename it to ingest it): "
                        + names(hidden));
            return lines;
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }

        private static String names(List<Path> files) {
            List<String> names = files.stream().limit(10).map(p -> p.getFileName().toString()).toList();
            return String.join(", ", names) + (files.size() > names.size() ? " and " + (files.size() - names.size()) + " more" : "");
        }
    }

    public static List<IncomingDocument> documents(List<Path> paths) {
        return scan(paths).documents();
    }

    public static Scan scan(List<Path> paths) {
        List<IncomingDocument> documents = new ArrayList<>();
        List<Path> notPdf = new ArrayList<>();
        List<Path> hidden = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> pdfs = new ArrayList<>();
                for (Path file : filesIn(path)) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) hidden.add(file);
                    else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) pdfs.add(file);
                    else if (!DESCRIPTIONS.contains(name.toLowerCase(java.util.Locale.ROOT))) notPdf.add(file);
                }
                documents.addAll(FolderDescription.describe(path, pdfs));
            } else if (Files.isRegularFile(path)) {
                documents.add(IncomingDocument.ofFile(path));
            } else {
                throw new UncheckedIOException(new NoSuchFileException(path.toString(), null, "no such file or folder"));
            }
        }
        return new Scan(documents, notPdf, hidden);
    }

    /** One PDF as a scan of its folder would describe it: with the title, type and region its catalogue gives. */
    public static IncomingDocument describe(Path pdf) {
        Path folder = pdf.toAbsolutePath().getParent();
        return FolderDescription.describe(folder, List.of(pdf.toAbsolutePath())).getFirst();
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
