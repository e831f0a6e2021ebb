package nl.regioplan.index.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import nl.regioplan.index.schema.Facet;

/**
 * A searcher over one commit together with that commit's facet ordinals, which are costly to build and so
 * are built once when the searcher is opened rather than on each search.
 */
public final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        setSimilarity(new ShortPassageSimilarity());
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, Facet.config()) : null;
    }

    /** Opens a FacetedSearcher for every new commit a SearcherManager sees. */
    public static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader);
            }
        };
    }

    /** Null while the index holds no record yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }
}
