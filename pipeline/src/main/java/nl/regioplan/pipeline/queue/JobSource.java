package nl.regioplan.pipeline.queue;

import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.source.FetchException;
import nl.regioplan.pipeline.source.FetchPolicy;
import nl.regioplan.pipeline.source.FetchedDocument;
import nl.regioplan.pipeline.source.HttpDocumentFetcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pulls a job's PDF from where the job says it is: an http(s) URL is downloaded under the fetch policy (public
 * addresses only by default, a total deadline), an absolute path is read where it lies (a folder shared by the
 * publisher and the workers).
 */
final class JobSource implements AutoCloseable {
    private final Path downloads;
    private final HttpDocumentFetcher fetcher;

    JobSource(Path downloads, FetchPolicy policy) {
        this.downloads = downloads;
        this.fetcher = new HttpDocumentFetcher(policy);
    }

    /** The job's bytes as a local file; a download is this worker's own copy, see {@link #done}. */
    IncomingDocument fetch(IngestJob job) throws IOException, FetchException, InterruptedException {
        if (job.remote()) {
            Files.createDirectories(downloads);
            URI url;
            try {
                url = URI.create(job.source());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + job.source() + "' is not a usable address");
            }
            FetchedDocument fetched = fetcher.fetch(job.doc(), url, downloads);
            return job.incoming(fetched.file());
        }
        Path file = Path.of(job.source());
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("the job names '" + job.source() + "', neither an http(s) address nor"
                    + " an absolute path in a shared folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not there on this worker: is the shared folder mounted?");
        }
        return job.incoming(file);
    }

    /** How a job whose bytes could not be had is named in the quarantine. */
    IncomingDocument placeholder(IngestJob job) {
        Path name = job.remote() || !job.source().startsWith("/") ? downloads.resolve(job.doc() + ".pdf")
                : Path.of(job.source());
        return job.incoming(name);
    }

    /** Drops a download once the document is in raw/ or the quarantine (both keep their own copy). */
    void done(IncomingDocument in) {
        if (!in.file().startsWith(downloads)) return;
        try {
            Files.deleteIfExists(in.file());
        } catch (IOException e) {
            // a stale download is overwritten by the next fetch of the same document
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
