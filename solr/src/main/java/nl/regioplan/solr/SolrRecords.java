package nl.regioplan.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.solr.common.SolrInputDocument;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.RecordKind;

/**
 * Turns one indexed document into its Solr documents, field for field what the embedded index's EntryDocuments
 * writes: one for the document (its title page stands for it), one per passage, one per target, title, region and
 * type copied onto each. Ids are {@code DOC!ORDINAL} (compositeId routing): every record of a plan lives on one
 * shard, so replacing a plan touches one shard, and a new version's records overwrite the old ones by id.
 */
final class SolrRecords {
    static final String ID = "id";
    /** The ordinal of the document's own record, before its passages (0, 1, ...) and targets. */
    static final int DOCUMENT_ORDINAL = -1;

    private SolrRecords() {
    }

    static String id(String doc, int ordinal) {
        return doc + "!" + (ordinal == DOCUMENT_ORDINAL ? "document" : Integer.toString(ordinal));
    }

    static List<SolrInputDocument> of(IndexedDocument indexed) {
        DocumentEntry entry = indexed.document();
        List<SolrInputDocument> documents = new ArrayList<>();
        documents.add(document(entry));
        int ordinal = 0;
        for (PassageEntry passage : indexed.passages()) {
            requireSameDoc(entry, passage.doc(), "passage");
            documents.add(passage(entry, passage, ordinal++));
        }
        for (TargetEntry target : indexed.targets()) {
            requireSameDoc(entry, target.doc(), "target");
            documents.add(target(entry, target, ordinal++));
        }
        return documents;
    }

    /** How many records {@link #of} writes apart from the document's own: ordinals 0 to this - 1. */
    static int recordOrdinals(IndexedDocument indexed) {
        return indexed.passages().size() + indexed.targets().size();
    }

    private static void requireSameDoc(DocumentEntry entry, String doc, String what) {
        if (!Objects.equals(entry.doc(), doc)) {
            throw new IllegalArgumentException("a " + what + " of '" + doc + "' was handed in with document '"
                    + entry.doc() + "'");
        }
    }

    private static SolrInputDocument document(DocumentEntry entry) {
        SolrInputDocument document = common(entry, RecordKind.DOCUMENT, 1, DOCUMENT_ORDINAL);
        body(document, entry.title());
        document.addField(Fields.PAGES, entry.pages());
        put(document, Fields.SHA256, entry.sha256());
        put(document, Fields.PUBLISHER, entry.publisher());
        put(document, Fields.DATE, entry.date());
        put(document, Fields.SOURCE, entry.source());
        return document;
    }

    private static SolrInputDocument passage(DocumentEntry entry, PassageEntry passage, int ordinal) {
        SolrInputDocument document = tagged(entry, RecordKind.PASSAGE, passage.page(), ordinal, passage.text(),
                passage.kind(), passage.section(), passage.themes(), passage.parties());
        passage.years().stream().distinct().forEach(year -> put(document, Facet.YEAR.dim(), Integer.toString(year)));
        return document;
    }

    private static SolrInputDocument target(DocumentEntry entry, TargetEntry target, int ordinal) {
        SolrInputDocument document = tagged(entry, RecordKind.TARGET, target.page(), ordinal, target.text(),
                target.kind(), target.section(), target.themes(), target.parties());
        put(document, Fields.SUBJECT, target.subject());
        if (target.deadlineYear() != null) put(document, Facet.YEAR.dim(), Integer.toString(target.deadlineYear()));
        return document;
    }

    private static SolrInputDocument tagged(DocumentEntry entry, RecordKind record, int page, int ordinal, String text,
                                            String kind, String section, List<String> themes, List<String> parties) {
        SolrInputDocument document = common(entry, record, page, ordinal);
        body(document, text);
        put(document, Facet.KIND.dim(), kind);
        put(document, Fields.SECTION, section);
        themes.stream().distinct().forEach(theme -> put(document, Facet.THEME.dim(), theme));
        parties.stream().distinct().forEach(party -> put(document, Facet.PARTY.dim(), party));
        return document;
    }

    private static SolrInputDocument common(DocumentEntry entry, RecordKind record, int page, int ordinal) {
        SolrInputDocument document = new SolrInputDocument();
        document.addField(ID, id(entry.doc(), ordinal));
        document.addField(Fields.DOC, entry.doc());
        document.addField(Facet.RECORD.dim(), record.value());
        document.addField(Fields.PAGE, page);
        document.addField(Fields.ORDINAL, ordinal);
        put(document, Fields.TITLE, entry.title());
        put(document, Facet.REGION.dim(), entry.region());
        put(document, Facet.TYPE.dim(), entry.type());
        return document;
    }

    private static void body(SolrInputDocument document, String text) {
        // text_exact is the schema's copy of text
        document.addField(Fields.TEXT, text == null ? "" : text);
    }

    private static void put(SolrInputDocument document, String field, String value) {
        if (value != null && !value.isBlank()) document.addField(field, value);
    }
}
