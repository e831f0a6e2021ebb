package nl.regioplan.index.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;

/**
 * Turns one indexed document into its Lucene documents: one for the document, one per passage, one per
 * target. Title, region and type are copied onto every record so a hit shows without a second lookup.
 */
public final class EntryDocuments {
    /** Stored (hits show it), positions (phrases) and offsets (highlighting without re-analysis). */
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);
    /** One analysed term per value, no norms: filters match, they do not score. */
    private static final FieldType FILTER = new FieldType();

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
        FILTER.setTokenized(true);
        FILTER.setOmitNorms(true);
        FILTER.setIndexOptions(IndexOptions.DOCS);
        FILTER.freeze();
    }

    private final FacetsConfig facets = LuceneFacets.config();

    public List<Document> of(IndexedDocument indexed) {
        DocumentEntry entry = indexed.document();
        List<Document> documents = new ArrayList<>();
        documents.add(build(document(entry)));
        int ordinal = 0;
        for (PassageEntry passage : indexed.passages()) {
            requireSameDoc(entry, passage.doc(), "passage");
            documents.add(build(passage(entry, passage, ordinal++)));
        }
        for (TargetEntry target : indexed.targets()) {
            requireSameDoc(entry, target.doc(), "target");
            documents.add(build(target(entry, target, ordinal++)));
        }
        return documents;
    }

    private static void requireSameDoc(DocumentEntry entry, String doc, String what) {
        if (!Objects.equals(entry.doc(), doc)) {
            throw new IllegalArgumentException("a " + what + " of '" + doc + "' was handed in with document '"
                    + entry.doc() + "'");
        }
    }

    private Document build(Document document) {
        try {
            return facets.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(DocumentEntry entry) {
        // The title page stands for the document, so every hit has a page to open.
        Document document = common(entry, RecordKind.DOCUMENT, 1, -1);
        body(document, entry.title());
        document.add(new StoredField(Fields.PAGES, entry.pages()));
        stored(document, Fields.SHA256, entry.sha256());
        stored(document, Fields.PUBLISHER, entry.publisher());
        stored(document, Fields.DATE, entry.date());
        stored(document, Fields.SOURCE, entry.source());
        return document;
    }

    private static Document passage(DocumentEntry entry, PassageEntry passage, int ordinal) {
        Document document = tagged(entry, RecordKind.PASSAGE, passage.page(), ordinal, passage.text(), passage.kind(),
                passage.section(), passage.themes(), passage.parties());
        passage.years().stream().distinct().forEach(year -> year(document, year));
        return document;
    }

    private static Document target(DocumentEntry entry, TargetEntry target, int ordinal) {
        Document document = tagged(entry, RecordKind.TARGET, target.page(), ordinal, target.text(), target.kind(),
                target.section(), target.themes(), target.parties());
        text(document, Fields.SUBJECT, target.subject());
        if (target.deadlineYear() != null) {
            year(document, target.deadlineYear());
        }
        return document;
    }

    /** What a passage and a target both carry: text, kind, section, themes and parties. */
    private static Document tagged(DocumentEntry entry, RecordKind record, int page, int ordinal, String text,
                                   String kind, String section, List<String> themes, List<String> parties) {
        Document document = common(entry, record, page, ordinal);
        body(document, text);
        filter(document, Facet.KIND, kind);
        text(document, Fields.SECTION, section);
        themes.stream().distinct().forEach(theme -> filter(document, Facet.THEME, theme));
        parties.stream().distinct().forEach(party -> filter(document, Facet.PARTY, party));
        return document;
    }

    private static Document common(DocumentEntry entry, RecordKind record, int page, int ordinal) {
        Document document = new Document();
        document.add(new StringField(Fields.DOC, entry.doc(), Field.Store.YES));
        filter(document, Facet.RECORD, record.value());
        document.add(new IntPoint(Fields.PAGE, page));
        document.add(new StoredField(Fields.PAGE, page));
        document.add(new StoredField(Fields.ORDINAL, ordinal));
        text(document, Fields.TITLE, entry.title());
        filter(document, Facet.REGION, entry.region());
        filter(document, Facet.TYPE, entry.type());
        return document;
    }

    private static void body(Document document, String text) {
        String body = text == null ? "" : text;
        document.add(new Field(Fields.TEXT, body, BODY));
        document.add(new TextField(Fields.TEXT_EXACT, body, Field.Store.NO));
    }

    private static void text(Document document, String field, String value) {
        if (present(value)) {
            document.add(new TextField(field, value, Field.Store.YES));
        }
    }

    private static void filter(Document document, Facet facet, String value) {
        if (present(value)) {
            document.add(new Field(facet.dim(), value, FILTER));
            document.add(new StoredField(facet.dim(), value));
            document.add(new SortedSetDocValuesFacetField(facet.dim(), value));
        }
    }

    private static void year(Document document, int year) {
        filter(document, Facet.YEAR, Integer.toString(year));
        document.add(new IntPoint(Fields.YEAR_POINT, year));
    }

    private static void stored(Document document, String field, String value) {
        if (present(value)) {
            document.add(new StoredField(field, value));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
