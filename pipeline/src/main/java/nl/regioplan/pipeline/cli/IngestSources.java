package nl.regioplan.pipeline.cli;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.corpus.manifest.ManifestReader;
import nl.regioplan.pipeline.source.ManifestPaths;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an ingest takes in, whether it reads the documents itself or publishes them as jobs: PDF files and folders,
 * and a manifest of documents to fetch with the local paths it may name.
 */
final class IngestSources {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDF files or folders of PDFs.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE.csv",
            description = "CSV of documents to fetch: id,url,region,title,type (http, https or local paths).")
    Path manifest;

    @Option(names = "--allow-outside-paths", description = "Let a manifest name local files outside its own folder.")
    boolean allowOutsidePaths;

    /** Either is enough; both may be given. */
    void requireSome() {
        if (paths.isEmpty() && manifest == null) {
            throw new IllegalArgumentException("nothing to ingest: name PDF files or folders, or --manifest FILE.csv");
        }
    }

    ManifestPaths manifestPaths() {
        return allowOutsidePaths ? ManifestPaths.ANYWHERE : ManifestPaths.INSIDE_MANIFEST_FOLDER;
    }

    List<ManifestEntry> manifestEntries() throws IOException {
        return manifest == null ? List.of() : ManifestReader.read(manifest);
    }
}
