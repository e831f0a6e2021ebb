package nl.regioplan.index.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.LuceneFacets;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.PlanAnalyzers;
import nl.regioplan.index.schema.RecordKind;
import nl.regioplan.index.schema.StoredEntries;

/** Searches, lists and counts over one {@link FacetedSearcher}; holds no state of its own between calls. */
public final class PlanSearch {
    private static final int SNIPPET_PASSAGES = 2;
    /**
     * Dutch sentence boundaries for snippets, one iterator per thread: making one takes longer than highlighting a
     * page of hits at once, and the highlighter sets each text anew.
     */
    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl")));
    /** Characters of a record's text the highlighter reads. */
    private static final int SNIPPET_MAX_LENGTH = 10_000;

    private final Analyzer indexAnalyzer = PlanAnalyzers.forIndexing();
    private final QueryLimits limits;
    /** Records fetched per hit shown, so that folding records of one page still fills the page of hits. */
    private static final int CANDIDATES_PER_HIT = 4;
    private final PlanQueryParser parser;
    private final FacetsConfig config = LuceneFacets.config();
    /** Every search through drill sideways, the blank ones too: the answer the blank-query path must give. */
    private final boolean drillSidewaysOnly;

    public PlanSearch() {
        this(QueryLimits.DEFAULT);
    }

    public PlanSearch(QueryLimits limits) {
        this(limits, false);
    }

    PlanSearch(QueryLimits limits, boolean drillSidewaysOnly) {
        this.limits = limits;
        this.drillSidewaysOnly = drillSidewaysOnly;
        this.parser = new PlanQueryParser(PlanAnalyzers.forQueries(), limits);
    }

    /** A PlanSearch that answers every search through drill sideways, for tests that pin the faster paths to it. */
    static PlanSearch drillSidewaysOnly() {
        return new PlanSearch(QueryLimits.DEFAULT, true);
    }

    /**
     * Parses the query first, so a syntax error is reported even on an empty index. A search that runs past the
     * deadline of {@link QueryLimits} is refused rather than answered with some of its matches: a total that is
     * silently too low would mislead more than an error.
     */
    public SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
        Query query = parser.parse(request.query());
        if (searcher == null || searcher.facetState() == null) {
            return SearchResult.empty();
        }
        try {
            return searchWithin(searcher, request, query, System.nanoTime() + limits.timeout().toNanos());
        } catch (DeadlineQuery.Exceeded e) {
            throw new QueryTooCostlyException("The search took longer than " + limits.timeout().toSeconds()
                        + " s and was stopped; use fewer fuzzy words (~), wildcards or OR-terms.", "Het zoeken duurde"
                        + " langer dan " + limits.timeout().toSeconds() + " s en is afgebroken; gebruik minder vage"
                        + " woorden (~), jokertekens of OR-termen.");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryTooCostlyException("The query expands to too many terms for one search; use fewer words,"
                    + " phrases or wildcards.", "De zoekvraag levert te veel termen op voor één zoekopdracht; gebruik"
                    + " minder woorden, woordgroepen of jokertekens.");
        }
    }

    private SearchResult searchWithin(FacetedSearcher searcher, SearchRequest request, Query query, long deadline)
            throws IOException {
        if (drillSidewaysOnly) return searchSideways(searcher, request, query);
        if (query instanceof MatchAllDocsQuery) return searchBlank(searcher, request, query);
        int wanted = request.offset() + request.limit();
        for (int candidates = firstCandidates(wanted); ; ) {
            FacetOrdinals.Sideways found = searcher.search(new DeadlineQuery(query, deadline),
                    searcher.facetOrdinals().sideways(request.filters(), candidates));
            List<Candidate> byPage = bestPerPage(searcher, found.top().scoreDocs, wanted);
            if (filled(byPage, wanted, found.hits(), found.top().scoreDocs.length, found.total())) {
                return new SearchResult(found.total(), found.hits(), page(searcher, request, query, byPage),
                        counts(found.facets(), searcher));
            }
            candidates = moreCandidates(candidates, found.total());
        }
    }

    private static int firstCandidates(int wanted) {
        return Math.max(1, wanted * CANDIDATES_PER_HIT);
    }

    /**
     * Whether the candidates gave the request its page of hits: as many as it wants, every hit there is, or every
     * match was a candidate. The records of a page fold into one hit, so where many records of the same pages
     * match, {@value #CANDIDATES_PER_HIT} candidates a hit leave a deep page of results short; then the search
     * runs again with more.
     */
    private static boolean filled(List<Candidate> byPage, int wanted, long hitCount, int candidates, long total) {
        return byPage.size() >= Math.min(wanted, hitCount) || candidates >= total;
    }

    private static int moreCandidates(int candidates, long total) {
        return (int) Math.min(total, Math.min(Integer.MAX_VALUE - 8, candidates * 4L));
    }

    /** Drill sideways as Lucene does it, without a deadline: the answer the faster paths must give. */
    private SearchResult searchSideways(FacetedSearcher searcher, SearchRequest request, Query query) throws IOException {
        DrillDownQuery drillDown = drillDown(query, request.filters());
        FacetOrdinals ordinals = searcher.facetOrdinals();
        DrillSideways sideways = new DrillSideways(searcher, config, searcher.facetState()) {
            /** The counts Lucene's sorted-set facet counts give, from the ordinals the searcher holds on the heap. */
            @Override
            protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                               String[] drillSidewaysDims) throws IOException {
                Facets drillDownFacets = ordinals.count(drillDowns);
                if (drillSideways == null || drillSideways.length == 0) return drillDownFacets;
                Map<String, Facets> sidewaysFacets = new HashMap<>();
                for (int i = 0; i < drillSideways.length; i++) {
                    sidewaysFacets.put(drillSidewaysDims[i], ordinals.count(drillSideways[i]));
                }
                return new MultiFacets(sidewaysFacets, drillDownFacets);
            }
        };
        int wanted = request.offset() + request.limit();
        long hits = ordinals.hits(searcher.search(drillDown, new FacetsCollectorManager()));
        for (int candidates = firstCandidates(wanted); ; ) {
            DrillSideways.DrillSidewaysResult result = sideways.search(drillDown, candidates);
            long total = result.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                    ? result.hits.totalHits.value() : searcher.count(drillDown);
            List<Candidate> byPage = bestPerPage(searcher, result.hits.scoreDocs, wanted);
            if (filled(byPage, wanted, hits, result.hits.scoreDocs.length, total)) {
                return new SearchResult(total, hits, page(searcher, request, query, byPage), counts(result.facets, searcher));
            }
            candidates = moreCandidates(candidates, total);
        }
    }

    /** The request's page of hits from the best candidate of each page, up to the request's last. */
    private List<Hit> page(FacetedSearcher searcher, SearchRequest request, Query query, List<Candidate> byPage) throws IOException {
        return hits(searcher, query, byPage.subList(Math.min(request.offset(), byPage.size()), byPage.size()));
    }

    /**
     * A blank query answered from its filters alone: the drill-sideways counts of a facet that is filtered on are
     * the counts over the entries that pass the other filters (every entry when it is the only one), the other
     * facets count the entries that pass all filters. Those counts depend on the filters and the commit only, so
     * the searcher of a commit keeps them. Drill sideways would count all entries again on every search: at 50
     * times the shared corpus (a million entries) that made the blank searches the slowest of all (60-70 ms). Hits and
     * counts are those of {@link DrillSideways}, which {@code BlankQuerySearchTest} checks.
     */
    private SearchResult searchBlank(FacetedSearcher searcher, SearchRequest request, Query query) throws IOException {
        Map<Facet, Set<String>> filters = request.filters();
        DrillDownQuery drillDown = drillDown(query, filters);
        int wanted = request.offset() + request.limit();
        FacetedSearcher.Passing passing = passing(searcher, filters);
        long total;
        List<Candidate> byPage;
        for (int candidates = firstCandidates(wanted); ; ) {
            TopDocs top = searcher.search(drillDown, candidates);
            total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(drillDown);
            byPage = bestPerPage(searcher, top.scoreDocs, wanted);
            if (filled(byPage, wanted, passing.hits(), top.scoreDocs.length, total)) break;
            candidates = moreCandidates(candidates, total);
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>(passing.facets());
        for (Facet filtered : filters.keySet()) {
            Map<Facet, Set<String>> others = new EnumMap<>(filters);
            others.remove(filtered);
            counts.put(filtered.dim(), passing(searcher, others).facets().get(filtered.dim()));
        }
        return new SearchResult(total, passing.hits(), page(searcher, request, query, byPage), counts);
    }

    /**
     * Facet counts over the live entries that pass every filter (all of them without filters), and the hits they
     * make, kept per commit.
     */
    private FacetedSearcher.Passing passing(FacetedSearcher searcher, Map<Facet, Set<String>> filters) throws IOException {
        return searcher.passing(filters, () -> {
            FacetsCollector passing = searcher.search(new ConstantScoreQuery(drillDown(new MatchAllDocsQuery(), filters)),
                    new FacetsCollectorManager());
            Map<String, Map<String, Long>> counts = filters.isEmpty()
                    ? counts(new SortedSetDocValuesFacetCounts(searcher.facetState()), searcher)
                    : counts(searcher.facetOrdinals().count(passing), searcher);
            return new FacetedSearcher.Passing(counts, searcher.facetOrdinals().hits(passing));
        });
    }

    /** A hit in the making: its score, where it is, and its stored fields, read once for ranking, hits and snippets. */
    private record Candidate(ScoreDoc hit, String doc, int page, Document stored) {
    }

    /**
     * One hit per page, its best-scoring record: an analyst lands on a page, and a page whose passage and target
     * both match should not take two of the first places from the next page that does. Equal scores rank by
     * document id, then page: otherwise Lucene's own order, which is the order documents were indexed in (a
     * parallel ingest's), would decide, and the same query could rank two copies of a text differently after
     * every ingest. The candidates' stored fields are read whole here, so the hits and their snippets need no
     * second (and third) decompression of the same blocks; a candidate ranked below a full page is not read.
     */
    private static List<Candidate> bestPerPage(FacetedSearcher searcher, ScoreDoc[] ranked, int wanted) throws IOException {
        // Lucene ranks by score, so the hits are read one group of equal scores at a time, and only until the page
        // is full: a scored search reads about as many records as it shows, not all its candidates.
        ScoreDoc[] byScore = ranked.clone();
        Arrays.sort(byScore, Comparator.comparing((ScoreDoc hit) -> -hit.score));
        List<Candidate> kept = new ArrayList<>();
        Set<String> pages = new HashSet<>();
        FacetOrdinals ordinals = searcher.facetOrdinals();
        Set<Integer> hitsSeen = new HashSet<>();
        for (int from = 0; from < byScore.length && kept.size() < wanted; ) {
            int to = from + 1;
            while (to < byScore.length && Float.compare(-byScore[to].score, -byScore[from].score) == 0) to++;
            // Only the first record of each page is read: Lucene ranks equal scores in index order and the sorts here
            // are stable, so of a page's equally scored records the first is the one kept below anyway. A blank
            // query scores every record alike, and its page of results would otherwise read all its candidates.
            ScoreDoc[] group = Arrays.stream(byScore, from, to)
                    .filter(hit -> hitsSeen.add(ordinals.hit(hit.doc))).toArray(ScoreDoc[]::new);
            Document[] stored = inIndexOrder(searcher, group);
            List<Candidate> candidates = new ArrayList<>(group.length);
            for (int i = 0; i < group.length; i++) {
                String doc = stored[i].get(Fields.DOC);
                candidates.add(new Candidate(group[i], doc == null ? "" : doc, StoredEntries.page(stored[i]), stored[i]));
            }
            candidates.sort(Comparator.comparing(Candidate::doc).thenComparingInt(Candidate::page));
            for (Candidate c : candidates) {
                if (kept.size() >= wanted) break;
                // a record of a whole document has no page to share
                if (c.page() == 0 || pages.add(c.doc() + "\u0000" + c.page())) kept.add(c);
            }
            from = to;
        }
        return kept;
    }

    /**
     * The documents whose record of the whole document has no hit key: a document's records are replaced all at
     * once, so that record stands for all of them.
     */
    public List<String> documentsWithoutHitKeys(IndexSearcher searcher) throws IOException {
        Query unkeyed = new BooleanQuery.Builder()
                .add(drillDown(new MatchAllDocsQuery(), withRecord(Map.of(), RecordKind.DOCUMENT)), BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(Fields.HIT_KEY), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs found = searcher.search(unkeyed, Math.max(1, searcher.getIndexReader().maxDoc()));
        return Arrays.stream(inIndexOrder(searcher, found.scoreDocs)).map(d -> d.get(Fields.DOC)).sorted().toList();
    }

    public List<DocumentEntry> documents(FacetedSearcher searcher) throws IOException {
        return all(searcher, withRecord(Map.of(), RecordKind.DOCUMENT)).stream().map(StoredEntries::document).toList();
    }

    /**
     * Region x theme counts in one pass over the facet ordinals of the live entries (the searcher's copy on the heap): the same numbers as the theme
     * facet of a search filtered on each region and record kind, without one faceted search per region (at 50
     * times the shared corpus those searches took 31 s).
     */
    public ThemeMatrix themeMatrix(FacetedSearcher searcher) throws IOException {
        Map<String, Map<String, Long>> passages = new TreeMap<>();
        Map<String, Map<String, Long>> targets = new TreeMap<>();
        SortedSetDocValuesReaderState state = searcher == null ? null : searcher.facetState();
        OrdRange records = state == null ? null : state.getOrdRange(Facet.RECORD.dim());
        OrdRange regions = state == null ? null : state.getOrdRange(Facet.REGION.dim());
        if (records == null || regions == null) return new ThemeMatrix(passages, targets);
        OrdRange themes = state.getOrdRange(Facet.THEME.dim());
        SortedSetDocValues values = state.getDocValues();
        String[] recordNames = labels(values, records);
        String[] regionNames = labels(values, regions);
        String[] themeNames = themes == null ? new String[0] : labels(values, themes);
        int passage = Arrays.asList(recordNames).indexOf(RecordKind.PASSAGE.value());
        int target = Arrays.asList(recordNames).indexOf(RecordKind.TARGET.value());
        // per record kind (passage, target): entries with a region (a row even without themes), then region x theme
        boolean[][] rows = new boolean[2][regionNames.length];
        long[][][] cells = new long[2][regionNames.length][themeNames.length];
        int[] themesOfEntry = new int[themeNames.length];
        FacetOrdinals ordinals = searcher.facetOrdinals();
        Bits live = MultiBits.getLiveDocs(state.getReader());
        for (int doc = 0, maxDoc = state.getReader().maxDoc(); doc < maxDoc; doc++) {
            if (live != null && !live.get(doc)) continue;
            int record = -1;
            int region = -1;
            int themeCount = 0;
            for (int i = ordinals.start(doc), end = ordinals.start(doc + 1); i < end; i++) {
                int ord = ordinals.ordinal(i);
                if (ord >= records.start() && ord <= records.end()) record = ord - records.start();
                else if (ord >= regions.start() && ord <= regions.end()) region = ord - regions.start();
                else if (themes != null && ord >= themes.start() && ord <= themes.end()) {
                    themesOfEntry[themeCount++] = ord - themes.start();
                }
            }
            int kind = record < 0 ? -1 : record == passage ? 0 : record == target ? 1 : -1;
            if (kind < 0 || region < 0) continue;
            rows[kind][region] = true;
            for (int t = 0; t < themeCount; t++) cells[kind][region][themesOfEntry[t]]++;
        }
        for (int kind = 0; kind < 2; kind++) {
            Map<String, Map<String, Long>> matrix = kind == 0 ? passages : targets;
            for (int region = 0; region < regionNames.length; region++) {
                if (!rows[kind][region]) continue;
                Map<String, Long> row = matrix.computeIfAbsent(regionNames[region], r -> new TreeMap<>());
                for (int theme = 0; theme < themeNames.length; theme++) {
                    if (cells[kind][region][theme] > 0) row.merge(themeNames[theme], cells[kind][region][theme], Long::sum);
                }
            }
        }
        return new ThemeMatrix(passages, targets);
    }

    /** The values of one facet dimension, by ordinal from the start of its range. */
    private static String[] labels(SortedSetDocValues ordinals, OrdRange range) throws IOException {
        String[] labels = new String[range.end() - range.start() + 1];
        for (int ord = range.start(); ord <= range.end(); ord++) {
            labels[ord - range.start()] = FacetsConfig.stringToPath(ordinals.lookupOrd(ord).utf8ToString())[1];
        }
        return labels;
    }

    private List<Document> all(FacetedSearcher searcher, Map<Facet, Set<String>> filters) throws IOException {
        if (searcher == null || searcher.facetState() == null) {
            return List.of();
        }
        DrillDownQuery query = drillDown(new MatchAllDocsQuery(), filters);
        TopDocs found = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
        List<Document> stored = new ArrayList<>(Arrays.asList(inIndexOrder(searcher, found.scoreDocs)));
        stored.sort(Comparator.comparing((Document d) -> d.get(Fields.DOC)).thenComparingInt(StoredEntries::ordinal));
        return stored;
    }

    private static Map<Facet, Set<String>> withRecord(Map<Facet, Set<String>> filters, RecordKind record) {
        Map<Facet, Set<String>> all = new LinkedHashMap<>(filters);
        all.put(Facet.RECORD, Set.of(record.value()));
        return all;
    }

    private DrillDownQuery drillDown(Query query, Map<Facet, Set<String>> filters) {
        DrillDownQuery drillDown = new DrillDownQuery(config, query);
        filters.forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.dim(), value)));
        return drillDown;
    }

    private List<Hit> hits(FacetedSearcher searcher, Query query, List<Candidate> page) throws IOException {
        ScoreDoc[] docs = page.stream().map(Candidate::hit).toArray(ScoreDoc[]::new);
        Map<Integer, Document> stored = new java.util.HashMap<>();
        for (Candidate c : page) stored.put(c.hit().doc, c.stored());
        String[] snippets = highlighter(searcher, stored).highlight(Fields.TEXT, HighlightQuery.of(query, Fields.TEXT),
                new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), SNIPPET_PASSAGES);
        List<Hit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Document record = page.get(i).stored();
            String snippet = snippets[i] != null ? snippets[i] : "";
            hits.add(new Hit(record.get(Fields.DOC), record.get(Fields.TITLE), record.get(Fields.REGION),
                    record.get(Fields.TYPE), StoredEntries.page(record), snippet, docs[i].score,
                    record.get(Fields.RECORD), record.get(Fields.KIND), record.get(Fields.SECTION)));
        }
        return hits;
    }

    /**
     * The stored fields of these hits, in the hits' order, read in index order through one reader: stored fields
     * are compressed in blocks of many records, and one reader keeps the block it decompressed last, so neighbours
     * (a blank search's hits, a listing) cost one decompression, not one each.
     */
    private static Document[] inIndexOrder(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        StoredFields reader = searcher.storedFields();
        Document[] stored = new Document[hits.length];
        for (int i : order) stored[i] = reader.document(hits[i].doc);
        return stored;
    }

    /**
     * Lucene's unified highlighter, reading the text to highlight from the hits' stored fields already read (as its
     * own loader would: the first {@value #SNIPPET_MAX_LENGTH} characters) instead of decompressing them again.
     */
    private UnifiedHighlighter highlighter(FacetedSearcher searcher, Map<Integer, Document> stored) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(SENTENCES::get)
                .withMaxNoHighlightPassages(1)
                .withMaxLength(SNIPPET_MAX_LENGTH);
        FacetedSearcher faceted = searcher;
        return new UnifiedHighlighter(builder) {
            @Override
            protected FieldInfo getFieldInfo(String field) {
                return faceted.fieldInfo(field);
            }

            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document record = stored.get(doc);
                    CharSequence[] byField = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String value = record == null ? null : record.get(fields[f]);
                        byField[f] = value == null ? null : value.substring(0, Math.min(SNIPPET_MAX_LENGTH, value.length()));
                    }
                    values.add(byField);
                }
                return values;
            }
        };
    }

    private static Map<String, Map<String, Long>> counts(Facets facets, FacetedSearcher searcher) throws IOException {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Set<String> indexed = new HashSet<>();
        searcher.facetState().getDims().forEach(indexed::add);
        for (Facet facet : Facet.values()) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult result = indexed.contains(facet.dim()) ? facets.getAllChildren(facet.dim()) : null;
            if (result != null) {
                Arrays.stream(result.labelValues)
                        .filter(label -> label.value.longValue() > 0)
                        .sorted(Comparator.comparingLong((LabelAndValue label) -> -label.value.longValue())
                                .thenComparing(label -> label.label))
                        .forEach(label -> values.put(label.label, label.value.longValue()));
            }
            counts.put(facet.dim(), values);
        }
        return counts;
    }
}
