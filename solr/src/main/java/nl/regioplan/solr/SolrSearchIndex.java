package nl.regioplan.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import nl.regioplan.index.IndexUnavailableException;
import nl.regioplan.index.SearchIndex;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.RecordKind;
import nl.regioplan.index.schema.RecordLayout;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.QueryLimits;
import nl.regioplan.index.search.QuerySyntaxException;
import nl.regioplan.index.search.QueryTooCostlyException;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.index.search.ThemeMatrix;

/**
 * The plan index on a SolrCloud collection, through SolrJ: the same records, analysis, query syntax, ranking,
 * facets and theme matrix as the embedded PlanIndex (see the module README for where they differ).
 *
 * <p>Replacing a plan writes its records over the old ones by id ({@code DOC!ORDINAL}, all on one shard) and then
 * deletes the old version's surplus ordinals; nothing of it becomes visible before the commit that follows, since
 * the collection opens searchers only at explicit commits. Many writers may write at once (workers on several
 * machines); a commit by one of them makes every writer's changes visible, so two writers replacing the same plan at
 * the same moment is the one case a search may catch half-way.
 */
public final class SolrSearchIndex implements SearchIndex {
    /** Shards and replicas of a collection this index creates. */
    public record Layout(int shards, int replicas) {
        public static final Layout DEFAULT = new Layout(2, 2);

        public Layout {
            if (shards < 1 || replicas < 1) throw new IllegalArgumentException("shards and replicas must be 1 or more");
        }
    }

    private static final int SNIPPET_PASSAGES = 2;
    private static final int CANDIDATES_PER_HIT = 4;
    private static final int LISTING_PAGE = 1000;
    private static final String SCORE = "score";
    /** The name of the json.facet statistic that counts the hits (distinct hit keys). */
    private static final String HITS = "hits";
    /** How long a writer waits for a collection that another writer is creating. */
    private static final Duration CREATE_WAIT = Duration.ofMinutes(2);

    private final SolrAddress address;
    private final CloudSolrClient client;
    private final String collection;

    private SolrSearchIndex(SolrAddress address, CloudSolrClient client) {
        this.address = address;
        this.client = client;
        this.collection = address.collection();
    }

    /**
     * Connects to a collection that must exist (to search it); IllegalArgumentException naming the collections the
     * cluster has otherwise.
     */
    public static SolrSearchIndex connect(SolrAddress address) throws IOException {
        CloudSolrClient client = client(address);
        try {
            List<String> collections = CollectionAdminRequest.listCollections(client);
            if (!collections.contains(address.collection())) {
                throw new IllegalArgumentException("the SolrCloud cluster at " + address + " has no collection '"
                        + address.collection() + "'" + (collections.isEmpty() ? "" : "; it has " + String.join(", ", collections)));
            }
            SolrSearchIndex index = new SolrSearchIndex(address, client);
            index.requireHitKeys();
            return index;
        } catch (SolrServerException e) {
            client.close();
            throw new IOException("cannot reach SolrCloud " + address + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Connects to the collection, creating it (configset and {@link Layout#DEFAULT}) if the cluster has none by its name. */
    public static SolrSearchIndex open(SolrAddress address) throws IOException {
        return open(address, Layout.DEFAULT);
    }

    public static SolrSearchIndex open(SolrAddress address, Layout layout) throws IOException {
        CloudSolrClient client = client(address);
        try {
            SolrSearchIndex index = new SolrSearchIndex(address, client);
            index.createIfMissing(layout);
            index.requireHitKeys();
            return index;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static CloudSolrClient client(SolrAddress address) {
        CloudSolrClient client = new CloudSolrClient.Builder(address.zkHosts(), address.chroot())
                .withZkConnectTimeout(15, TimeUnit.SECONDS)
                .withDefaultCollection(address.collection())
                .build();
        try {
            client.connect();
            return client;
        } catch (RuntimeException e) {
            try {
                client.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalArgumentException("cannot reach the ZooKeeper of " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * Workers started together all find the collection missing and all ask to create it; Solr creates it for the
     * first and refuses the others. A refused worker waits for the winner's collection to be ready instead of
     * failing, so a fleet can be started at once against an empty cluster.
     */
    private void createIfMissing(Layout layout) throws IOException {
        try {
            if (CollectionAdminRequest.listCollections(client).contains(collection)) {
                awaitActive();
                return;
            }
            SolrConfigset.upload(ZkClientClusterStateProvider.from(client).getZkStateReader().getZkClient(), collection);
            int nodes = client.getClusterState().getLiveNodes().size();
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection,
                    layout.shards(), Math.max(1, Math.min(layout.replicas(), nodes)));
            create.setWaitForFinalState(true);
            try {
                create.process(client);
            } catch (SolrServerException | SolrException refused) {
                if (!CollectionAdminRequest.listCollections(client).contains(collection)) throw refused;
                awaitActive();
            }
        } catch (SolrServerException | SolrException e) {
            throw new IOException("cannot create the collection " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a collection created by a version whose schema has no {@link Fields#HIT_KEY}: Solr would refuse its
     * records, and its searches would count no hits. Its configset is not replaced here, since its records would
     * still lack the key.
     */
    private void requireHitKeys() throws IOException {
        try {
            new SchemaRequest.Field(Fields.HIT_KEY).process(client, collection);
        } catch (SolrException | SolrServerException e) {
            // the load balancer tries every node on a 404 and then reports that none is live, the 404 as its cause
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SolrException solr && solr.code() == SolrException.ErrorCode.NOT_FOUND.code) {
                    throw new IllegalArgumentException("the collection '" + collection + "' at " + address + " was created"
                            + " by an older Regioplan: its schema has no " + Fields.HIT_KEY + " field, which counts a"
                            + " search's hits a page each; delete the collection (or name a new one) and ingest into it again");
                }
            }
            throw new IOException("cannot read the schema of " + address + ": " + e.getMessage(), e);
        }
    }

    /** Until every shard of the collection has an active leader: a collection another writer is still creating. */
    private void awaitActive() throws IOException {
        try {
            ZkClientClusterStateProvider.from(client).getZkStateReader().waitForState(collection, CREATE_WAIT.toSeconds(),
                    TimeUnit.SECONDS, (live, state) -> state != null && !state.getSlices().isEmpty()
                            && state.getSlices().stream().allMatch(s -> s.getLeader() != null
                                    && s.getLeader().getState() == Replica.State.ACTIVE && live.contains(s.getLeader().getNodeName())));
        } catch (TimeoutException e) {
            throw new IOException("the collection " + address + " exists but its shards did not become active within "
                    + CREATE_WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the collection " + address, e);
        }
    }

    /**
     * The stored sha256 of one document, or empty if the collection does not hold it: one query by id, so a worker's
     * "is this exact file indexed already?" costs the same for ten documents or ten million.
     */
    public Optional<String> sha256Of(String doc) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(termFilter(Fields.DOC, doc), recordFilter(RecordKind.DOCUMENT));
        query.setFields(Fields.SHA256);
        query.setRows(1);
        var results = query(query).getResults();
        return results.isEmpty() ? Optional.empty() : Optional.ofNullable(string(results.get(0), Fields.SHA256));
    }

    @Override
    public String address() {
        return address.toString();
    }

    @Override
    public void replace(IndexedDocument document) throws IOException {
        replaceWithoutCommit(document);
        commit();
    }

    /**
     * The records over the old ones by id, then the old version's records past the new last ordinal deleted: SolrJ
     * sends a delete by query after the routed adds of the same request, which is the order this needs.
     */
    @Override
    public void replaceWithoutCommit(IndexedDocument document) throws IOException {
        String doc = document.document().doc();
        UpdateRequest update = new UpdateRequest();
        update.add(SolrRecords.of(document));
        update.deleteByQuery(Fields.DOC + ":" + ClientUtils.escapeQueryChars(doc) + " AND " + Fields.ORDINAL + ":["
                + RecordLayout.recordOrdinals(document) + " TO *]");
        run(() -> update.process(client, collection), "write " + doc + " to");
    }

    @Override
    public void commit() throws IOException {
        run(() -> client.commit(collection, true, true), "commit");
    }

    @Override
    public boolean remove(String doc) throws IOException {
        boolean held = count(termFilter(Fields.DOC, doc), recordFilter(RecordKind.DOCUMENT)) > 0;
        UpdateRequest update = new UpdateRequest();
        update.deleteByQuery(termFilter(Fields.DOC, doc));
        update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        run(() -> update.process(client, collection), "remove " + doc + " from");
        return held;
    }

    @Override
    public List<DocumentEntry> documents() throws IOException {
        List<DocumentEntry> documents = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery("*:*");
            query.addFilterQuery(recordFilter(RecordKind.DOCUMENT));
            query.setFields(Fields.DOC, Fields.TITLE, Facet.REGION.dim(), Facet.TYPE.dim(), Fields.PAGES, Fields.SHA256,
                    Fields.PUBLISHER, Fields.DATE, Fields.SOURCE);
            query.setRows(LISTING_PAGE);
            query.setSort(Fields.DOC, SolrQuery.ORDER.asc);
            query.addSort(SolrRecords.ID, SolrQuery.ORDER.asc);
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(query);
            for (SolrDocument stored : response.getResults()) {
                documents.add(new DocumentEntry(string(stored, Fields.DOC), string(stored, Fields.TITLE),
                        string(stored, Facet.REGION.dim()), string(stored, Facet.TYPE.dim()), number(stored, Fields.PAGES, 0),
                        string(stored, Fields.SHA256), string(stored, Fields.PUBLISHER), string(stored, Fields.DATE),
                        string(stored, Fields.SOURCE)));
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) return documents;
            cursor = next;
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        int wanted = request.offset() + request.limit();
        SolrQuery query = new SolrQuery(request.query().isBlank() ? "*:*" : request.query());
        query.set("defType", "regioplan");
        query.set("timeAllowed", Long.toString(QueryLimits.DEFAULT.timeout().toMillis()));
        // One pass over the shards, stored fields and snippets with the ranking: a second pass fetches by id, and a
        // commit in between would show the new version's texts under the old version's ranking and total.
        query.set("distrib.singlePass", true);
        request.filters().forEach((facet, values) -> query.addFilterQuery("{!lucene tag=" + facet.dim() + "}"
                + facetField(facet) + ":(" + values.stream().map(v -> "\"" + quoted(v) + "\"")
                .collect(Collectors.joining(" OR ")) + ")"));
        query.setFields(SolrRecords.ID, Fields.DOC, Fields.TITLE, Facet.REGION.dim(), Facet.TYPE.dim(), Fields.PAGE,
                Facet.RECORD.dim(), Facet.KIND.dim(), Fields.SECTION, SCORE);
        query.setSort(SCORE, SolrQuery.ORDER.desc);
        query.addSort(Fields.DOC, SolrQuery.ORDER.asc);
        query.addSort(Fields.PAGE, SolrQuery.ORDER.asc);
        facets(query);
        // every record of a plan lives on one shard, so the shards' distinct keys never overlap and Solr's unique()
        // adds them up exactly (its estimate is for values that several shards hold)
        query.set("json.facet", "{" + HITS + ":\"unique(" + Fields.HIT_KEY + ")\"}");
        highlighting(query);
        // as the embedded index: where the records of a page fold into one hit, a deep page may need more candidates
        for (long rows = Math.max(1, wanted * CANDIDATES_PER_HIT); ; rows = Math.min(Integer.MAX_VALUE - 8, rows * 4)) {
            query.setRows((int) rows);
            QueryResponse response = query(query);
            if (Boolean.TRUE.equals(response.getHeader().get("partialResults"))) {
                throw timedOut();
            }
            List<Hit> hits = bestPerPage(response, wanted);
            long total = response.getResults().getNumFound();
            long hitCount = hitCount(response);
            if (hits.size() >= Math.min(wanted, hitCount) || response.getResults().size() >= total) {
                return new SearchResult(total, hitCount, hits.subList(Math.min(request.offset(), hits.size()), hits.size()),
                        counts(response));
            }
        }
    }

    /** The distinct hit keys of the matches, 0 when nothing matches (Solr then leaves the statistic out). */
    private static long hitCount(QueryResponse response) {
        Object hits = response.getJsonFacetingResponse() == null ? null : response.getJsonFacetingResponse().getStatValue(HITS);
        return hits instanceof Number number ? number.longValue() : 0;
    }

    private static void facets(SolrQuery query) {
        query.setFacet(true);
        query.setFacetMinCount(1);
        query.setFacetLimit(-1);
        query.setFacetSort("count");
        for (Facet facet : Facet.values()) {
            // A facet that is filtered on counts as if its own filter were absent: drill sideways.
            query.addFacetField("{!key=" + facet.dim() + " ex=" + facet.dim() + "}" + facetField(facet));
        }
    }

    /** The embedded index's highlighting: sentences, two passages, marked and HTML-escaped, the text's start when nothing matches. */
    private static void highlighting(SolrQuery query) {
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.fl", Fields.TEXT);
        query.set("hl.snippets", SNIPPET_PASSAGES);
        query.set("hl.tag.pre", "<mark>");
        query.set("hl.tag.post", "</mark>");
        query.set("hl.tag.ellipsis", " … ");
        query.set("hl.encoder", "html");
        query.set("hl.bs.type", "SENTENCE");
        query.set("hl.bs.language", "nl");
        query.set("hl.bs.country", "");
        query.set("hl.fragsize", 0);
        query.set("hl.defaultSummary", true);
        query.set("hl.maxAnalyzedChars", 10_000);
        query.set("hl.requireFieldMatch", true);
    }

    /**
     * One hit per page, its best-scoring record, as the embedded index does; equal scores rank by document id, then
     * page (the request sorts so), and a record of a whole document has no page to share.
     */
    private static List<Hit> bestPerPage(QueryResponse response, int wanted) {
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
        List<Hit> kept = new ArrayList<>();
        Set<String> pages = new HashSet<>();
        for (SolrDocument stored : response.getResults()) {
            if (kept.size() >= wanted) break;
            String doc = string(stored, Fields.DOC);
            int page = number(stored, Fields.PAGE, 0);
            if (page != 0 && !pages.add(doc + "\u0000" + page)) continue;
            List<String> snippets = highlights == null ? null
                    : highlights.getOrDefault(string(stored, SolrRecords.ID), Map.of()).get(Fields.TEXT);
            String snippet = snippets == null || snippets.isEmpty() ? "" : String.join(" … ", snippets);
            kept.add(new Hit(doc, string(stored, Fields.TITLE), string(stored, Facet.REGION.dim()),
                    string(stored, Facet.TYPE.dim()), page, snippet, ((Number) stored.getFieldValue(SCORE)).floatValue(),
                    string(stored, Facet.RECORD.dim()), string(stored, Facet.KIND.dim()), string(stored, Fields.SECTION)));
        }
        return kept;
    }

    /** Per facet, values most frequent first, then by value; every facet present, empty when nothing counts. */
    private static Map<String, Map<String, Long>> counts(QueryResponse response) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetField field = response.getFacetField(facet.dim());
            if (field != null && field.getValues() != null) {
                field.getValues().stream()
                        .filter(count -> count.getCount() > 0)
                        .sorted(Comparator.comparingLong((FacetField.Count count) -> -count.getCount())
                                .thenComparing(FacetField.Count::getName))
                        .forEach(count -> values.put(count.getName(), count.getCount()));
            }
            counts.put(facet.dim(), values);
        }
        return counts;
    }

    /** Region x theme counts of passages and of targets, from one facet pivot record > region > theme. */
    @Override
    public ThemeMatrix themeMatrix() throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        query.setFacet(true);
        query.setFacetLimit(-1);
        query.setFacetMinCount(1);
        String pivot = facetField(Facet.RECORD) + "," + facetField(Facet.REGION) + "," + facetField(Facet.THEME);
        query.addFacetPivotField(pivot);
        query.set("facet.pivot.mincount", 1);
        QueryResponse response = query(query);
        Map<String, Map<String, Long>> passages = new TreeMap<>();
        Map<String, Map<String, Long>> targets = new TreeMap<>();
        List<PivotField> records = response.getFacetPivot() == null ? null : response.getFacetPivot().get(pivot);
        for (PivotField record : records == null ? List.<PivotField>of() : records) {
            Map<String, Map<String, Long>> matrix = RecordKind.PASSAGE.value().equals(record.getValue()) ? passages
                    : RecordKind.TARGET.value().equals(record.getValue()) ? targets : null;
            if (matrix == null || record.getPivot() == null) continue;
            for (PivotField region : record.getPivot()) {
                Map<String, Long> row = matrix.computeIfAbsent(String.valueOf(region.getValue()), r -> new TreeMap<>());
                if (region.getPivot() == null) continue;
                for (PivotField theme : region.getPivot()) row.put(String.valueOf(theme.getValue()), (long) theme.getCount());
            }
        }
        return new ThemeMatrix(passages, targets);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private long count(String... filters) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        query.addFilterQuery(filters);
        return query(query).getResults().getNumFound();
    }

    private QueryResponse query(SolrQuery query) throws IOException {
        try {
            return new QueryRequest(query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST).process(client, collection);
        } catch (SolrException e) {
            if (e.getMetadata("regioplan.error") == null && unanswered(e)) throw unavailable(e);
            throw refusal(e);
        } catch (SolrServerException e) {
            if (e.getCause() instanceof SolrException solr) throw refusal(solr);
            throw unavailable(e);
        }
    }

    /** No node could take the request now (none live, none active, overloaded), rather than a refused query. */
    private static boolean unanswered(SolrException e) {
        return e.code() <= 0 || e.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code
                || e.code() == SolrException.ErrorCode.INVALID_STATE.code;
    }

    private IndexUnavailableException unavailable(Exception e) {
        return new IndexUnavailableException("SolrCloud " + address + " did not answer: " + e.getMessage(), e);
    }

    /** The plugin's refusals as the embedded index's exceptions; anything else as an IOException. */
    private RuntimeException refusal(SolrException e) {
        String kind = e.getMetadata("regioplan.error");
        String dutch = e.getMetadata("regioplan.dutch");
        String english = stripRemotePrefix(e.getMessage());
        if ("syntax".equals(kind)) {
            String position = e.getMetadata("regioplan.position");
            return new QuerySyntaxException(english, dutch, position == null ? 0 : Integer.parseInt(position));
        }
        if ("cost".equals(kind)) return new QueryTooCostlyException(english, dutch);
        String message = String.valueOf(e.getMessage());
        if (message.contains("maxClauseCount") || message.contains("too many clauses")
                || message.contains("too many boolean clauses")) {
            return new QueryTooCostlyException("The query expands to too many terms for one search; use fewer words,"
                    + " phrases or wildcards.", "De zoekvraag levert te veel termen op voor één zoekopdracht; gebruik"
                    + " minder woorden, woordgroepen of jokertekens.");
        }
        return new SolrException(SolrException.ErrorCode.getErrorCode(e.code()),
                "SolrCloud " + address + " refused a search: " + message, e);
    }

    private static String stripRemotePrefix(String message) {
        // SolrJ prefixes a remote error with the node's address: "Error from server at http://...: MESSAGE"
        if (message == null) return "";
        int at = message.indexOf(": ", message.startsWith("Error from server at ") ? "Error from server at ".length() : 0);
        return message.startsWith("Error from server at ") && at > 0 ? message.substring(at + 2) : message;
    }

    private static QueryTooCostlyException timedOut() {
        long seconds = QueryLimits.DEFAULT.timeout().toSeconds();
        return new QueryTooCostlyException("The search took longer than " + seconds + " s and was stopped; use fewer"
                + " fuzzy words (~), wildcards or OR-terms.", "Het zoeken duurde langer dan " + seconds + " s en is"
                + " afgebroken; gebruik minder vage woorden (~), jokertekens of OR-termen.");
    }

    private interface SolrWork {
        Object run() throws SolrServerException, IOException;
    }

    /**
     * A change that no node took (none reachable, or a server error such as a refused commit) may pass when tried
     * again: IndexUnavailableException; one the cluster refused (a bad request) would fail again.
     */
    private void run(SolrWork work, String what) throws IOException {
        try {
            work.run();
        } catch (SolrException e) {
            String message = "cannot " + what + " SolrCloud " + address + ": " + e.getMessage();
            throw e.code() >= 500 || e.code() <= 0 ? new IndexUnavailableException(message, e) : new IOException(message, e);
        } catch (SolrServerException | IOException e) {
            throw new IndexUnavailableException("cannot " + what + " SolrCloud " + address + ": " + e.getMessage(), e);
        }
    }

    private static String facetField(Facet facet) {
        return facet.dim() + "_facet";
    }

    private static String recordFilter(RecordKind record) {
        return termFilter(facetField(Facet.RECORD), record.value());
    }

    private static String termFilter(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String string(SolrDocument stored, String field) {
        Object value = stored.getFirstValue(field);
        return value == null ? null : value.toString();
    }

    private static int number(SolrDocument stored, String field, int missing) {
        Object value = stored.getFirstValue(field);
        return value instanceof Number n ? n.intValue() : missing;
    }
}
