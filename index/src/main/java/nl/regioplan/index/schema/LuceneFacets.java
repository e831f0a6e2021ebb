package nl.regioplan.index.schema;

import org.apache.lucene.facet.FacetsConfig;

/** The Lucene facet configuration of {@link Facet}: sorted-set doc values, no taxonomy index. */
public final class LuceneFacets {
    private LuceneFacets() {
    }

    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.dim(), facet.multiValued());
        }
        return config;
    }
}
