package nl.regioplan.index.search;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.LuceneFacets;

/**
 * A searcher over one commit together with that commit's facet ordinals (Lucene's ordinal map, and every entry's
 * ordinals on the heap), which are costly to build and so are built once when the searcher is opened rather than
 * on each search.
 */
public final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;
    private final FacetOrdinals facetOrdinals;
    /** Of all segments; the highlighter asks for them on every search. */
    private final FieldInfos fieldInfos;
    /** The generation of the commit searched (its segments_N file), -1 for a reader of no commit. */
    private final long generation;
    /** Blank searches come back with the same filters (a page's first search, a click on a facet value). */
    private static final int KEPT_COUNTS = 32;
    /** Facet counts and hits of the live entries that pass a set of filters, least recently used first; guarded by itself. */
    private final Map<Map<Facet, Set<String>>, Passing> keptCounts =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Map<Facet, Set<String>>, Passing> eldest) {
                    return size() > KEPT_COUNTS;
                }
            };

    FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        setSimilarity(new ShortPassageSimilarity());
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
        boolean hasFacets = fieldInfos.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, LuceneFacets.config()) : null;
        this.facetOrdinals = hasFacets ? FacetOrdinals.of(facetState) : null;
        this.generation = reader instanceof DirectoryReader directoryReader ? directoryReader.getIndexCommit().getGeneration() : -1;
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

    /** The facet counts of the live entries that pass some filters, and the hits those entries make. */
    record Passing(Map<String, Map<String, Long>> facets, long hits) {
    }

    interface Counting {
        Passing count() throws IOException;
    }

    /**
     * The facet counts and hits of the entries that pass these filters (none: every entry), counted once per
     * commit, which is all a searcher ever sees; unmodifiable, shared by every thread. Counted outside the lock so
     * that one slow count holds up no other search; two threads may then both count the same filters once.
     */
    Passing passing(Map<Facet, Set<String>> filters, Counting counting) throws IOException {
        synchronized (keptCounts) {
            Passing kept = keptCounts.get(filters);
            if (kept != null) return kept;
        }
        Passing counted = counting.count();
        Map<String, Map<String, Long>> fresh = new LinkedHashMap<>();
        counted.facets().forEach((dim, values) -> fresh.put(dim, Collections.unmodifiableMap(values)));
        Passing passing = new Passing(Collections.unmodifiableMap(fresh), counted.hits());
        synchronized (keptCounts) {
            keptCounts.put(Map.copyOf(filters), passing);
        }
        return passing;
    }

    /** Null while the index holds no record yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** A field's information merged over all segments, null if no segment has the field. */
    FieldInfo fieldInfo(String field) {
        return fieldInfos.fieldInfo(field);
    }

    public long generation() {
        return generation;
    }

    /** Null while the index holds no record yet. */
    FacetOrdinals facetOrdinals() {
        return facetOrdinals;
    }
}
