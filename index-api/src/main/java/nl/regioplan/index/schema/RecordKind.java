package nl.regioplan.index.schema;

import java.util.Locale;

/** What a Lucene document in the plan index stands for; one of them is in every document's {@code record} field. */
public enum RecordKind {
    PASSAGE, TARGET, DOCUMENT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
