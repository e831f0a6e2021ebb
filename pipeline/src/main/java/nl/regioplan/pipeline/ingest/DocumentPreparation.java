package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.plan.PublicationYear;
import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionException;


/**
 * What the ingest, {@code extract} and {@code eval} all decide the same way about a document before its
 * records are read: its title (the source's, else the PDF's own unless that is a word processor's placeholder,
 * else the id), its region and its publication year (the catalogue's, else what the id, title, PDF dates and cover
 * say; deadlines are read against it). One place, so that {@code extract} and {@code ingest} find the same targets in
 * the same PDF: the title feeds the region and the publication year.
 */
public final class DocumentPreparation {
    private final PipelineComponents components;

    public DocumentPreparation(PipelineComponents components) {
        this.components = components;
    }

    /** A document read and its records extracted with the given record extractor. */
    public record Prepared(String doc, DocumentText text, DocumentContext context, DocumentRecords records) {
    }

    public Prepared prepare(IncomingDocument in, String doc, DocumentRecordExtractor records) throws ExtractionException {
        DocumentText text = components.textExtractor().extract(in.file(), doc);
        return prepare(in, text, records);
    }

    public Prepared prepare(IncomingDocument in, DocumentText text, DocumentRecordExtractor records) {
        DocumentContext context = context(in, text.doc(), text, components.regions());
        return new Prepared(text.doc(), text, context, records.extract(text, context));
    }

    static DocumentContext context(IncomingDocument in, String doc, DocumentText text, RegionOfDocument regions) {
        String title = titleOf(in, doc, text);
        String region = regions.regionOf(in.region(), title, in.publisher(), text);
        DocumentContext declared = new DocumentContext(doc, title, region, in.publicationYear(), in.publishedEarlyInYear());
        return new DocumentContext(doc, title, region, PublicationYear.of(text, declared), declared.yearAhead());
    }

    static String titleOf(IncomingDocument in, String doc, DocumentText text) {
        if (in.title() != null && !in.title().isBlank()) return in.title();
        if (text != null && text.metadata() != null) {
            String t = text.metadata().title();
            if (t != null && !t.isBlank() && !t.toLowerCase().matches("(microsoft )?(word|powerpoint).*|untitled|.*\\.docx?")) {
                return t.strip();
            }
        }
        // the file's own name, typographic quotes and all, reads better than the id made safe from it
        return in.docId() != null ? doc : in.fileName().replaceAll("(?i)\\.pdf$", "");
    }
}
