package nl.regioplan.index.schema;

import java.util.Locale;

/**
 * The facets of the plan index. Each is also a filter field of the same name. Year holds the mentioned years of a
 * passage and the deadline year of a target. How a sink counts them is its own business (the embedded index: sorted-set
 * doc values, no taxonomy index; SolrCloud: docValues string fields).
 */
public enum Facet {
    REGION(false), THEME(true), TYPE(false), YEAR(true), PARTY(true), RECORD(false), KIND(false);

    private final boolean multiValued;

    Facet(boolean multiValued) {
        this.multiValued = multiValued;
    }

    /** The facet's dimension name, which is also its filter field name. */
    public String dim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether one record may carry several values (themes, parties, years). */
    public boolean multiValued() {
        return multiValued;
    }
}
