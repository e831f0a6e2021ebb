package nl.regioplan.pipeline.source;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.IncomingDocument;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns manifest entries into local files: http(s) URLs are downloaded into a downloads folder (under the
 * fetch policy's address guard and deadline), local paths are taken where they are, relative to the manifest's
 * folder and by default inside it. Other schemes, {@code file:} among them, are refused.
 */
public final class ManifestSource implements AutoCloseable {
    /** A scheme as RFC 3986 spells it; two letters at least, so a Windows drive letter stays a path. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private final Path manifestDir;
    private final Path downloads;
    private final HttpDocumentFetcher fetcher;
    private final ManifestPaths paths;

    public ManifestSource(Path manifestFile, Path downloads, FetchPolicy policy) {
        this(manifestFile, downloads, policy, ManifestPaths.INSIDE_MANIFEST_FOLDER);
    }

    public ManifestSource(Path manifestFile, Path downloads, FetchPolicy policy, ManifestPaths paths) {
        this.manifestDir = manifestFile.toAbsolutePath().normalize().getParent();
        this.downloads = downloads;
        this.fetcher = new HttpDocumentFetcher(policy);
        this.paths = paths;
    }

    public IncomingDocument fetch(ManifestEntry entry) throws IOException, FetchException, InterruptedException {
        if (!entry.remote()) {
            return new IncomingDocument(localFile(entry), entry.url(), entry.id(), entry.region(), entry.title(), entry.type());
        }
        Files.createDirectories(downloads);
        URI url;
        try {
            url = URI.create(entry.url().strip());
        } catch (IllegalArgumentException e) {
            throw FetchException.refused(FetchFailure.BAD_URL, "'" + entry.url() + "' is not a usable address");
        }
        FetchedDocument fetched = fetcher.fetch(entry.id(), url, downloads);
        return new IncomingDocument(fetched.file(), entry.url(), entry.id(), entry.region(), entry.title(), entry.type());
    }

    private Path localFile(ManifestEntry entry) throws FetchException, IOException {
        String url = entry.url();
        if (SCHEME.matcher(url).matches()) {
            throw FetchException.refused(FetchFailure.BAD_URL, "only http and https addresses and paths relative to"
                    + " the manifest are read, not '" + url.substring(0, url.indexOf(':') + 1) + "' addresses: " + url);
        }
        Path file = manifestDir.resolve(url).normalize();
        if (paths == ManifestPaths.ANYWHERE) return file;
        Path folder = manifestDir.toRealPath();
        Path real = Files.exists(file) ? file.toRealPath() : file;
        if (!real.startsWith(folder) || !file.startsWith(manifestDir)) {
            throw FetchException.refused(FetchFailure.OUTSIDE_MANIFEST_FOLDER, url + " lies outside the manifest's folder "
                    + manifestDir + " (--allow-outside-paths allows that)");
        }
        return file;
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
