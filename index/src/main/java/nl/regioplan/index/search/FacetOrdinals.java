package nl.regioplan.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.Fields;

/**
 * The facet ordinals of every entry of one commit, on the heap: entry by entry, the global ordinals of its region,
 * themes, type, years, parties, record and kind. Counting the facets of a search's hits is then a walk over plain
 * arrays; read through the doc values, the same counts took a fifth of a search's time at 50 times the shared
 * corpus (the ordinal addresses and values are decoded from memory-mapped blocks entry by entry). Four bytes per
 * ordinal and per entry: about 4.8 ordinals an entry, some 22 MB at 50 times the shared corpus (924,200 entries),
 * under 0.5 MB at once. Beside them each entry's hit (its page, see {@link Fields#HIT_KEY}) as a dense id, so a
 * search counts the hits its matches make with one bit a hit.
 * Counts are those of {@link org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts} over the same hits.
 */
final class FacetOrdinals {
    private final SortedSetDocValuesReaderState state;
    /** Entry d's ordinals are {@code ordinals[starts[d]]} up to {@code ordinals[starts[d + 1]]} (top-level ids). */
    private final int[] starts;
    private final int[] ordinals;
    /** The value (the path's last part) of each ordinal. */
    private final String[] labels;
    /** Entry d folds into hit {@code hitOf[d]} (0 up to {@link #hitIds}): the dense ids of the entries' hit keys. */
    private final int[] hitOf;
    private final int hitIds;

    private FacetOrdinals(SortedSetDocValuesReaderState state, int[] starts, int[] ordinals, String[] labels, HitIds hits) {
        this.state = state;
        this.starts = starts;
        this.ordinals = ordinals;
        this.labels = labels;
        this.hitOf = hits.of();
        this.hitIds = hits.count();
    }

    /** Each entry's hit as a dense id, and how many ids there are. */
    private record HitIds(int[] of, int count) {
    }

    /** Reads the doc values twice: once to size the arrays exactly, once to fill them. */
    static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
        int maxDoc = state.getReader().maxDoc();
        long total = 0;
        SortedSetDocValues sizing = state.getDocValues();
        for (int doc = sizing.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sizing.nextDoc()) {
            total += sizing.docValueCount();
        }
        int[] starts = new int[maxDoc + 1];
        int[] ordinals = new int[Math.toIntExact(total)];
        int size = 0;
        int next = 0;
        SortedSetDocValues values = state.getDocValues();
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) starts[next++] = size;
            for (int i = 0, n = values.docValueCount(); i < n; i++) ordinals[size++] = Math.toIntExact(values.nextOrd());
        }
        while (next <= maxDoc) starts[next++] = size;
        String[] labels = new String[Math.toIntExact(values.getValueCount())];
        for (int ord = 0; ord < labels.length; ord++) {
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            labels[ord] = path.length > 1 ? path[1] : path[0];
        }
        return new FacetOrdinals(state, starts, ordinals, labels, hitIds(state.getReader()));
    }

    /**
     * Numbers the distinct {@link Fields#HIT_KEY}s densely, entry by entry. An entry without a key (an index
     * written before entries had one) is a hit of its own, as every entry was then counted.
     */
    private static HitIds hitIds(IndexReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        long[] keys = new long[maxDoc];
        boolean[] keyed = new boolean[maxDoc];
        int count = 0;
        NumericDocValues values = MultiDocValues.getNumericValues(reader, Fields.HIT_KEY);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                keys[doc] = values.longValue();
                keyed[doc] = true;
                count++;
            }
        }
        long[] distinct = new long[count];
        for (int doc = 0, i = 0; doc < maxDoc; doc++) if (keyed[doc]) distinct[i++] = keys[doc];
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < distinct.length; i++) if (i == 0 || distinct[i] != distinct[i - 1]) distinct[unique++] = distinct[i];
        int[] hitOf = new int[maxDoc];
        int ids = unique;
        // a page's entries are indexed one after the other, so most entries have the key of the one before
        long lastKey = 0;
        int lastId = -1;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (!keyed[doc]) {
                hitOf[doc] = ids++;
            } else if (lastId >= 0 && keys[doc] == lastKey) {
                hitOf[doc] = lastId;
            } else {
                lastKey = keys[doc];
                lastId = hitOf[doc] = Arrays.binarySearch(distinct, 0, unique, lastKey);
            }
        }
        return new HitIds(hitOf, ids);
    }

    /** The hit entry {@code doc} (a top-level id) folds into, as a dense id. */
    int hit(int doc) {
        return hitOf[doc];
    }

    /** How many hits the matches a collector gathered make: their distinct hit keys. */
    long hits(FacetsCollector matches) throws IOException {
        FixedBitSet seen = new FixedBitSet(Math.max(1, hitIds));
        for (FacetsCollector.MatchingDocs matching : matches.getMatchingDocs()) {
            if (matching.totalHits() == 0 || matching.bits() == null) continue;
            DocIdSetIterator docs = matching.bits().iterator();
            if (docs == null) continue;
            int base = matching.context().docBase;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) seen.set(hitOf[base + doc]);
        }
        return seen.cardinality();
    }

    /** Where entry {@code doc}'s ordinals start in {@link #ordinal}; they end where entry {@code doc + 1}'s start. */
    int start(int doc) {
        return starts[doc];
    }

    int ordinal(int i) {
        return ordinals[i];
    }

    /** The facet counts of the hits a collector gathered. */
    Facets count(FacetsCollector hits) throws IOException {
        int[] counts = new int[labels.length];
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            if (matching.totalHits() == 0 || matching.bits() == null) continue;
            DocIdSetIterator docs = matching.bits().iterator();
            if (docs == null) continue;
            int base = matching.context().docBase;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                for (int i = starts[base + doc], end = starts[base + doc + 1]; i < end; i++) counts[ordinals[i]]++;
            }
        }
        return new Counts(counts);
    }

    /**
     * What {@link #sideways} found: the matches that pass every filter, the hits they make (distinct hit keys),
     * their best-ranked matches, and the facet counts.
     */
    record Sideways(long total, long hits, TopDocs top, Facets facets) {
    }

    /**
     * Drill sideways in one pass over a query's matches: the matches that pass every filter are the hits (counted,
     * ranked, and counted for every facet that is not filtered on), and for a facet that is filtered on, the matches
     * that pass every other filter are counted too. Whether an entry passes a filter is read from its ordinals here,
     * so the filters cost no query of their own, and only the hits are scored. Lucene's drill sideways gets the same
     * answer by advancing one scorer per filtered facet beside the query, collecting every hit into a bit set and
     * counting the facets from those bit sets afterwards.
     */
    CollectorManager<SidewaysCollector, Sideways> sideways(Map<Facet, Set<String>> filters, int hits) throws IOException {
        int[] slotOf = new int[labels.length];
        boolean[] accepted = new boolean[labels.length];
        Arrays.fill(slotOf, -1);
        SortedSetDocValues values = state.getDocValues();
        int slot = 0;
        for (Map.Entry<Facet, Set<String>> filter : filters.entrySet()) {
            OrdRange range = state.getOrdRange(filter.getKey().dim());
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) slotOf[ord] = slot;
                for (String value : filter.getValue()) {
                    long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(filter.getKey().dim(), value)));
                    if (ord >= 0) accepted[Math.toIntExact(ord)] = true;
                }
            }
            slot++;
        }
        Filters filtering = new Filters(slotOf, accepted, (1 << slot) - 1);
        // every hit scored, as drill sideways scores them: a total, not a lower bound, and the same ranking
        TopScoreDocCollectorManager ranking = new TopScoreDocCollectorManager(hits, Integer.MAX_VALUE);
        return new CollectorManager<>() {
            @Override
            public SidewaysCollector newCollector() throws IOException {
                return new SidewaysCollector(filtering, ranking.newCollector());
            }

            @Override
            public Sideways reduce(Collection<SidewaysCollector> collectors) throws IOException {
                int[] counts = new int[labels.length];
                long total = 0;
                FixedBitSet hits = new FixedBitSet(Math.max(1, hitIds));
                List<TopScoreDocCollector> ranked = new ArrayList<>();
                for (SidewaysCollector collector : collectors) {
                    total += collector.passing;
                    for (int ord = 0; ord < counts.length; ord++) counts[ord] += collector.counts[ord];
                    hits.or(collector.hits);
                    ranked.add(collector.ranking);
                }
                return new Sideways(total, hits.cardinality(), ranking.reduce(ranked), new Counts(counts));
            }
        };
    }

    /**
     * The filters of a search by ordinal: the slot of each ordinal's facet if that facet is filtered on (-1 if not),
     * whether the filter accepts the ordinal, and the bits of all slots.
     */
    private record Filters(int[] slotOf, boolean[] accepted, int every) {
    }

    /** One slice's part of {@link #sideways}. */
    final class SidewaysCollector implements Collector {
        private final Filters filters;
        private final TopScoreDocCollector ranking;
        /** Of the hits' ordinals, and of a filtered facet's ordinals those of the matches failing that filter only. */
        private final int[] counts = new int[labels.length];
        private final FixedBitSet hits = new FixedBitSet(Math.max(1, hitIds));
        private long passing;

        private SidewaysCollector(Filters filters, TopScoreDocCollector ranking) {
            this.filters = filters;
            this.ranking = ranking;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranked = ranking.getLeafCollector(context);
            int docBase = context.docBase;
            int[] slotOf = filters.slotOf();
            boolean[] accepted = filters.accepted();
            int everyFilter = filters.every();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    ranked.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int from = starts[docBase + doc];
                    int to = starts[docBase + doc + 1];
                    int missing = everyFilter;
                    if (missing != 0) {
                        for (int i = from; i < to; i++) {
                            int ord = ordinals[i];
                            if (accepted[ord]) missing &= ~(1 << slotOf[ord]);
                        }
                    }
                    if (missing == 0) {
                        passing++;
                        hits.set(hitOf[docBase + doc]);
                        for (int i = from; i < to; i++) counts[ordinals[i]]++;
                        ranked.collect(doc);
                    } else if ((missing & (missing - 1)) == 0) {
                        // fails one filter only: counted for that facet's values, as drill sideways on it would
                        int failed = Integer.numberOfTrailingZeros(missing);
                        for (int i = from; i < to; i++) if (slotOf[ordinals[i]] == failed) counts[ordinals[i]]++;
                    }
                }
            };
        }
    }

    /** Counts of one search; only {@link #getAllChildren} is answered, the one thing the search asks for. */
    private final class Counts extends Facets {
        private final int[] counts;

        Counts(int[] counts) {
            this.counts = counts;
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) throws IOException {
            OrdRange range = state.getOrdRange(dim);
            if (range == null) return null;
            List<LabelAndValue> children = new ArrayList<>();
            long total = 0;
            for (int ord = range.start(); ord <= range.end(); ord++) {
                if (counts[ord] == 0) continue;
                children.add(new LabelAndValue(labels[ord], counts[ord]));
                total += counts[ord];
            }
            return new FacetResult(dim, path, total, children.toArray(LabelAndValue[]::new), children.size());
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            throw new UnsupportedOperationException("only all children are counted");
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            throw new UnsupportedOperationException("only all children are counted");
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
            throw new UnsupportedOperationException("only all children are counted");
        }
    }
}
