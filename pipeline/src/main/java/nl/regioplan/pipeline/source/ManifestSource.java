package nl.regioplan.pipeline.source;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.IncomingDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns manifest entries into local files: http(s) URLs are downloaded into a downloads folder, local paths are
 * taken where they are (relative to the manifest's folder).
 */
public final class ManifestSource implements AutoCloseable {
    private final Path manifestDir;
    private final Path downloads;
    private final HttpDocumentFetcher fetcher;

    public ManifestSource(Path manifestFile, Path downloads, FetchPolicy policy) {
        this.manifestDir = manifestFile.toAbsolutePath().getParent();
        this.downloads = downloads;
        this.fetcher = new HttpDocumentFetcher(policy);
    }

    public IncomingDocument fetch(ManifestEntry entry) throws IOException, FetchException, InterruptedException {
        if (!entry.remote()) {
            return new IncomingDocument(entry.path(manifestDir), entry.url(), entry.id(), entry.region(), entry.title(), entry.type());
        }
        Files.createDirectories(downloads);
        FetchedDocument fetched = fetcher.fetch(entry.id(), java.net.URI.create(entry.url()), downloads);
        return new IncomingDocument(fetched.file(), entry.url(), entry.id(), entry.region(), entry.title(), entry.type());
    }

    /** How an entry that could not be fetched is named in the quarantine. */
    public IncomingDocument placeholder(ManifestEntry entry) {
        return new IncomingDocument(downloads.resolve(entry.id() + ".pdf"), entry.url(), entry.id(), entry.region(),
                entry.title(), entry.type());
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
