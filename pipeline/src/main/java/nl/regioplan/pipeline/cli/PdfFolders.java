package nl.regioplan.pipeline.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where eval looks for a gold document's PDF: the --pdf folders, else next to the gold files as the shared folder
 * lays them out (../corpus/pdf) and in the raw/ copies an ingest kept in the --data folder, which eval reads for
 * nothing else.
 */
final class PdfFolders {
    @Mixin
    DataOption data;

    @Option(names = "--pdf", paramLabel = "DIR", description = "Folders to find DOC.pdf in (repeatable).")
    List<Path> named = new ArrayList<>();

    /** @param gold the gold files and folders, whose neighbours are the default */
    List<Path> searched(List<Path> gold) {
        if (!named.isEmpty()) return named;
        List<Path> folders = new ArrayList<>();
        for (Path g : gold) {
            Path dir = Files.isDirectory(g) ? g : g.toAbsolutePath().getParent();
            folders.add(dir.resolve("../corpus/pdf").normalize());
        }
        folders.add(data.store().root().resolve("raw"));
        return folders;
    }
}
