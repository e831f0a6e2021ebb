package nl.regioplan.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.RecordFields;
import nl.regioplan.index.schema.RecordKind;
import nl.regioplan.index.schema.RecordLayout;

/**
 * Turns one indexed document into its Solr documents, the records and fields of {@link RecordLayout}, as the
 * embedded index writes them. Ids are {@code DOC!ORDINAL} (compositeId routing): every record of a plan lives on one
 * shard, so replacing a plan touches one shard, and a new version's records overwrite the old ones by id.
 */
final class SolrRecords implements RecordFields<SolrInputDocument> {
    static final String ID = "id";
    private static final SolrRecords FIELDS = new SolrRecords();

    private SolrRecords() {
    }

    static String id(String doc, int ordinal) {
        return doc + "!" + (ordinal == RecordLayout.DOCUMENT_ORDINAL ? "document" : Integer.toString(ordinal));
    }

    /**
     * The document's records with its document record last. A request cut off half-way (the writer killed) leaves
     * the records Solr took, and any writer's commit makes them visible; the document record is what tells a worker
     * the plan is indexed already (its SHA-256), so it may only land once every other record has.
     */
    static List<SolrInputDocument> of(IndexedDocument indexed) {
        List<SolrInputDocument> records = new ArrayList<>(RecordLayout.records(indexed, FIELDS));
        records.add(records.removeFirst());
        return records;
    }

    @Override
    public SolrInputDocument start(String doc, RecordKind record, int page, int ordinal) {
        SolrInputDocument document = new SolrInputDocument();
        document.addField(ID, id(doc, ordinal));
        document.addField(Fields.DOC, doc);
        document.addField(Facet.RECORD.dim(), record.value());
        document.addField(Fields.PAGE, page);
        document.addField(Fields.ORDINAL, ordinal);
        return document;
    }

    @Override
    public void hitKey(SolrInputDocument document, long key) {
        document.addField(Fields.HIT_KEY, key);
    }

    @Override
    public void body(SolrInputDocument document, String text) {
        // text_exact is the schema's copy of text
        document.addField(Fields.TEXT, text);
    }

    @Override
    public void text(SolrInputDocument document, String field, String value) {
        document.addField(field, value);
    }

    @Override
    public void stored(SolrInputDocument document, String field, String value) {
        document.addField(field, value);
    }

    @Override
    public void pages(SolrInputDocument document, int pages) {
        document.addField(Fields.PAGES, pages);
    }

    @Override
    public void facet(SolrInputDocument document, Facet facet, String value) {
        document.addField(facet.dim(), value);
    }

    @Override
    public void year(SolrInputDocument document, int year) {
        document.addField(Facet.YEAR.dim(), Integer.toString(year));
    }
}
