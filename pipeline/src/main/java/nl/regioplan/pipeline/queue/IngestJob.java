package nl.regioplan.pipeline.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.store.DataStore;

import java.nio.file.Path;

/**
 * One document for a worker to ingest: where to fetch it and what its source says about it. A reference, never
 * the bytes: a message stays small whatever the PDF weighs, and the worker reads the PDF from its source.
 *
 * @param doc       the document id, also the message key (a document's jobs stay in one partition, in order)
 * @param source    an absolute path (a folder every worker mounts) or an http(s) URL
 * @param sha256    the bytes' SHA-256 when the publisher could read them (local files), else null (URLs)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestJob(String doc, String source, String sha256, String region, String title, String type,
                        String publisher, String published) {

    /** A local file: its path is made absolute, so a worker elsewhere finds it where the shared folder is mounted. */
    public static IngestJob ofFile(IncomingDocument in, String sha256) {
        String doc = in.docId() != null ? in.docId() : DataStore.docIdOf(in.fileName());
        return new IngestJob(doc, in.file().toAbsolutePath().normalize().toString(), sha256, in.region(), in.title(),
                in.type(), in.publisher(), in.published());
    }

    public boolean remote() {
        String s = source.toLowerCase();
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** The job as the ingest steps take it, once its bytes are in {@code file}. */
    public IncomingDocument incoming(Path file) {
        // an id the file name gives is left to the file name, as a folder ingest leaves it: the title is then the
        // file's own name, typographic quotes and all, as a local ingest of the same folder has it
        String declared = DataStore.docIdOf(file.getFileName().toString()).equals(doc) ? null : doc;
        return new IncomingDocument(file, source, declared, region, title, type, publisher, published);
    }

    public String toJson() {
        return MessageJson.write(this);
    }

    public static IngestJob fromJson(String json) {
        IngestJob job = MessageJson.read(json, IngestJob.class, e -> "not a regioplan job: " + e.getOriginalMessage());
        if (job.doc() == null || job.source() == null) {
            throw new IllegalArgumentException("a job needs a doc and a source: " + json);
        }
        return job;
    }
}
