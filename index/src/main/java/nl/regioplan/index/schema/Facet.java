package nl.regioplan.index.schema;

import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facets of the plan index (sorted-set doc values, no taxonomy index). Each is also a filter field of
 * the same name. Year holds the mentioned years of a passage and the deadline year of a target.
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

    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : values()) {
            config.setMultiValued(facet.dim(), facet.multiValued);
        }
        return config;
    }
}
