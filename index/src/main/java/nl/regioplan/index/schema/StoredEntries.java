package nl.regioplan.index.schema;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import nl.regioplan.index.model.DocumentEntry;

/** Rebuilds model records from the stored fields {@link EntryDocuments} wrote. */
public final class StoredEntries {
    private StoredEntries() {
    }

    public static DocumentEntry document(Document stored) {
        return new DocumentEntry(stored.get(Fields.DOC), stored.get(Fields.TITLE), stored.get(Fields.REGION),
                stored.get(Fields.TYPE), number(stored, Fields.PAGES, 0), stored.get(Fields.SHA256),
                stored.get(Fields.PUBLISHER), stored.get(Fields.DATE), stored.get(Fields.SOURCE));
    }

    public static int page(Document stored) {
        return number(stored, Fields.PAGE, 0);
    }

    public static int ordinal(Document stored) {
        return number(stored, Fields.ORDINAL, -1);
    }

    public static List<String> values(Document stored, String field) {
        return Arrays.asList(stored.getValues(field));
    }

    private static int number(Document stored, String field, int missing) {
        IndexableField value = stored.getField(field);
        return value == null || value.numericValue() == null ? missing : value.numericValue().intValue();
    }
}
