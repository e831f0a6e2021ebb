package nl.regioplan.index.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import nl.regioplan.index.model.IndexedDocument;

/** Turns one indexed document into its Lucene documents, the records and fields of {@link RecordLayout}. */
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

    private final LuceneFields fields = new LuceneFields(LuceneFacets.config());

    public List<Document> of(IndexedDocument indexed) {
        return RecordLayout.records(indexed, fields);
    }

    private record LuceneFields(FacetsConfig facets) implements RecordFields<Document> {
        @Override
        public Document start(String doc, RecordKind record, int page, int ordinal) {
            Document document = new Document();
            document.add(new StringField(Fields.DOC, doc, Field.Store.YES));
            facet(document, Facet.RECORD, record.value());
            document.add(new IntPoint(Fields.PAGE, page));
            document.add(new StoredField(Fields.PAGE, page));
            document.add(new StoredField(Fields.ORDINAL, ordinal));
            return document;
        }

        @Override
        public void hitKey(Document document, long key) {
            document.add(new NumericDocValuesField(Fields.HIT_KEY, key));
        }

        @Override
        public void body(Document document, String text) {
            document.add(new Field(Fields.TEXT, text, BODY));
            document.add(new TextField(Fields.TEXT_EXACT, text, Field.Store.NO));
        }

        @Override
        public void text(Document document, String field, String value) {
            document.add(new TextField(field, value, Field.Store.YES));
        }

        @Override
        public void stored(Document document, String field, String value) {
            document.add(new StoredField(field, value));
        }

        @Override
        public void pages(Document document, int pages) {
            document.add(new StoredField(Fields.PAGES, pages));
        }

        @Override
        public void facet(Document document, Facet facet, String value) {
            document.add(new Field(facet.dim(), value, FILTER));
            document.add(new StoredField(facet.dim(), value));
            document.add(new SortedSetDocValuesFacetField(facet.dim(), value));
        }

        @Override
        public void year(Document document, int year) {
            facet(document, Facet.YEAR, Integer.toString(year));
            document.add(new IntPoint(Fields.YEAR_POINT, year));
        }

        @Override
        public Document finish(Document document) {
            try {
                return facets.build(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
