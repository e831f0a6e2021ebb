package nl.regioplan.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.QuerySyntaxException;
import nl.regioplan.index.search.QueryTooCostlyException;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.index.search.ThemeMatrix;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SolrCloud sink on a real cluster (2 shards x 2 replicas) with the sample plans the embedded index's tests
 * use: the same counts, hits, snippets and theme matrix those tests expect of PlanIndex.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrSearchIndexTest {
    private SolrCloudTestCluster cluster;
    private SolrSearchIndex index;

    @BeforeAll
    void start() throws Exception {
        cluster = new SolrCloudTestCluster();
        index = SolrSearchIndex.open(cluster.address("sample"), new SolrSearchIndex.Layout(2, 2));
        for (IndexedDocument document : SamplePlans.all()) index.replace(document);
    }

    @AfterAll
    void stop() throws Exception {
        if (index != null) index.close();
        if (cluster != null) cluster.close();
    }

    private List<Hit> passages(String query) throws IOException {
        return index.search(SearchRequest.of(query).filter(Facet.RECORD, "passage")).hits();
    }

    @Test
    void theCollectionIsCreatedWithTwoShardsOfTwoReplicasEach() {
        DocCollection collection = cluster.cluster().getZkStateReader().getClusterState().getCollection("sample");
        assertThat(collection.getSlices()).hasSize(2);
        collection.getSlices().forEach(slice -> assertThat(slice.getReplicas()).hasSize(2));
    }

    @Test
    void theDutchAnalysisFindsStemsCompoundsFoldingsAndAbbreviations() throws IOException {
        assertThat(passages("personeel")).extracting(Hit::snippet).containsExactlyInAnyOrder(
                "Het <mark>personeelstekort</mark> in de VVT is groot.",
                "Het <mark>zorgpersoneel</mark> wordt ontzorgd door digitale zorg.");
        assertThat(passages("clienten")).extracting(Hit::page).containsExactly(2);
        assertThat(passages("wachttijd")).extracting(Hit::page).containsExactly(7);
        assertThat(passages("\"verpleeg- en verzorgingshuizen en thuiszorg\"")).extracting(Hit::page).containsExactly(3);
        assertThat(passages("geestelijke gezondheidszorg")).extracting(Hit::page).containsExactly(7);
        assertThat(passages("Gemeentelijke Gezondheidsdienst")).extracting(Hit::page).containsExactly(9);
        assertThat(passages("\"administratieve lasten\"").getFirst().plainSnippet())
                .isEqualTo("Wij verminderen de administratieve lasten voor zorgverleners.");
    }

    @Test
    void termsMustAllMatchUnlessOrIsWrittenAndWordsAsWrittenRankFirst() throws IOException {
        assertThat(passages("personeel wachttijden")).isEmpty();
        assertThat(passages("personeel OR wachttijden")).hasSize(3);
        assertThat(passages("zorg").getFirst().snippet()).contains("<mark>zorg</mark>");
    }

    @Test
    void aRecordFoundOnlyByFiltersShowsItsOpeningText() throws IOException {
        assertThat(index.search(SearchRequest.of("theme:F")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).isEqualTo("De wachttijden in de ggz moeten omlaag."));
    }

    @Test
    void everyHitCarriesItsDocumentTitleRegionAndPage() throws IOException {
        Hit hit = index.search(SearchRequest.of("preventie").filter(Facet.RECORD, "passage")).hits().getFirst();
        assertThat(hit.doc()).isEqualTo(SamplePlans.MIDDEN_IJSSEL);
        assertThat(hit.title()).isEqualTo("Regioplan Midden-IJssel/Oost-Veluwe");
        assertThat(hit.region()).isEqualTo("Midden-IJssel");
        assertThat(hit.page()).isEqualTo(9);
        assertThat(hit.record()).isEqualTo("passage");
        assertThat(hit.section()).isEqualTo("Preventie");
    }

    @Test
    void filterFieldsIgnoreCaseAndDiacriticsAndTakeRangesAndWildcards() throws IOException {
        assertThat(index.search(SearchRequest.of("region:midden-ijssel record:passage")).total()).isEqualTo(3);
        assertThat(index.search(SearchRequest.of("party:ggd* record:passage")).total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("year:[2026 TO 2027] record:target")).total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("page:9 record:passage")).hits()).extracting(Hit::page).containsExactly(9);
    }

    @Test
    void pagesOfHitsComeInLimitAndOffsetOneHitPerPage() throws IOException {
        SearchRequest all = SearchRequest.of("").filter(Facet.RECORD, "passage");
        SearchResult first = index.search(all.page(3, 0));
        SearchResult rest = index.search(all.page(3, 3));
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.hits()).hasSize(3);
        assertThat(rest.hits()).hasSize(3);
        assertThat(index.search(all.page(3, 6)).hits()).hasSize(1);
        assertThat(first.hits()).doesNotContainAnyElementsOf(rest.hits());
        // the passage and the target of Achterhoek page 5 both match: the page is one hit
        assertThat(index.search(SearchRequest.of("administratieve")).hits()).extracting(Hit::page).containsExactly(5);
    }

    @Test
    void facetsCountAllMatchesMostFrequentFirstAndAFilteredFacetKeepsItsAlternatives() throws IOException {
        Map<String, Map<String, Long>> facets = index.search(SearchRequest.of("").filter(Facet.RECORD, "passage")).facets();
        assertThat(facets).containsOnlyKeys("region", "theme", "type", "year", "party", "record", "kind");
        assertThat(facets.get("theme")).containsExactly(entry("H", 3L), entry("A", 1L), entry("B", 1L), entry("F", 1L),
                entry("G", 1L), entry("I", 1L), entry("W", 1L));
        assertThat(facets.get("year")).containsExactly(entry("2025", 2L), entry("2023", 1L), entry("2026", 1L),
                entry("2027", 1L));
        SearchResult achterhoek = index.search(SearchRequest.of("").filter(Facet.RECORD, "passage")
                .filter(Facet.REGION, "Achterhoek"));
        assertThat(achterhoek.total()).isEqualTo(3);
        assertThat(achterhoek.facets().get("region")).containsExactly(entry("Achterhoek", 3L), entry("Midden-IJssel", 3L),
                entry("Nederland", 1L));
        assertThat(achterhoek.facets().get("theme")).containsExactly(entry("H", 2L), entry("F", 1L), entry("W", 1L));
        assertThat(achterhoek.facets().get("record")).containsOnly(entry("passage", 3L), entry("target", 1L),
                entry("document", 1L));
        assertThat(index.search(SearchRequest.of("personeel")).facets().get("theme"))
                .containsExactly(entry("H", 2L), entry("I", 1L), entry("W", 1L));
    }

    @Test
    void theThemeMatrixRowsEqualTheThemeFacetOfARegionSearch() throws IOException {
        ThemeMatrix matrix = index.themeMatrix();
        assertThat(matrix.passages()).containsOnlyKeys("Achterhoek", "Midden-IJssel", "Nederland");
        for (String region : matrix.passages().keySet()) {
            for (String record : new String[] {"passage", "target"}) {
                Map<String, Long> facet = index.search(SearchRequest.of("").filter(Facet.RECORD, record)
                        .filter(Facet.REGION, region)).facets().get("theme");
                Map<String, Long> row = record.equals("passage") ? matrix.passages().get(region)
                        : matrix.targets().getOrDefault(region, Map.of());
                assertThat(row).as(region + " " + record).isEqualTo(facet);
            }
        }
        assertThat(matrix.passages().get("Achterhoek")).containsEntry("H", 2L);
        assertThat(matrix.targets().get("Midden-IJssel")).containsOnly(entry("G", 1L), entry("I", 1L));
    }

    @Test
    void documentsComeBackWithTheirMetadata() throws IOException {
        assertThat(index.documents()).extracting(DocumentEntry::doc)
                .containsExactly(SamplePlans.IZA, SamplePlans.ACHTERHOEK, SamplePlans.MIDDEN_IJSSEL);
        assertThat(index.documents()).contains(SamplePlans.achterhoek().document());
    }

    @Test
    void badQueriesAreRefusedWithTheEmbeddedIndexsMessages() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("\"wachttijden ggz")))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("position 1")
                .satisfies(e -> {
                    assertThat(((QuerySyntaxException) e).position()).isEqualTo(1);
                    assertThat(((QuerySyntaxException) e).dutchMessage()).contains("aanhalingsteken");
                });
        assertThatThrownBy(() -> index.search(SearchRequest.of("colour:blue")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("Unknown field 'colour:'");
        assertThatThrownBy(() -> index.search(SearchRequest.of("zorg~2 OR wijk~2 OR jeugd~2 OR ggz~2 OR wmo~2")))
                .isInstanceOf(QueryTooCostlyException.class)
                .satisfies(e -> assertThat(((QueryTooCostlyException) e).dutchMessage()).contains("5 vage woorden"));
    }

    @Test
    void replacingAndRemovingADocumentChangeOnlyItsRecords() throws Exception {
        try (SolrSearchIndex other = SolrSearchIndex.open(cluster.address("replace"))) {
            for (IndexedDocument document : SamplePlans.all()) other.replace(document);
            IndexedDocument achterhoek = SamplePlans.achterhoek();
            IndexedDocument shorter = new IndexedDocument(achterhoek.document(), List.of(new PassageEntry(
                    achterhoek.document().doc(), 11, "paragraph", "Acute zorg", "De spoedeisende hulp werkt samen.",
                    List.of("C"), List.of(), List.of())), List.of());
            other.replace(shorter);
            assertThat(other.search(SearchRequest.of("personeelstekort")).total()).isZero();
            assertThat(other.search(SearchRequest.of("spoedeisende")).hits()).extracting(Hit::page).containsExactly(11);
            assertThat(other.search(SearchRequest.of("doc:" + SamplePlans.ACHTERHOEK)).total()).isEqualTo(2);
            assertThat(other.search(SearchRequest.of("personeel")).total()).isEqualTo(1);

            assertThat(other.remove(SamplePlans.ACHTERHOEK)).isTrue();
            assertThat(other.remove(SamplePlans.ACHTERHOEK)).isFalse();
            assertThat(other.search(SearchRequest.of("doc:" + SamplePlans.ACHTERHOEK)).total()).isZero();
            assertThat(other.documents()).extracting(DocumentEntry::doc)
                    .containsExactly(SamplePlans.IZA, SamplePlans.MIDDEN_IJSSEL);
            assertThat(other.themeMatrix().passages()).doesNotContainKey("Achterhoek");
        }
    }

    /**
     * One writer swaps a plan between a version of 3 passages and one of 7 while a reader searches it: the reader
     * sees 1 + 3 or 1 + 7 records of it, all of one version, never a mix or none.
     */
    @Test
    void searchesDuringReplacementsSeeADocumentWholeBeforeOrWholeAfterNeverHalf() throws Exception {
        try (SolrSearchIndex other = SolrSearchIndex.open(cluster.address("swap"))) {
            IndexedDocument small = version(SamplePlans.achterhoek(), "alfa", 3);
            IndexedDocument large = version(SamplePlans.achterhoek(), "beta", 7);
            other.replace(small);
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 12; i++) other.replace(i % 2 == 0 ? large : small);
                } catch (Exception e) {
                    failed.set(e);
                } finally {
                    writing.set(false);
                }
            });
            writer.start();
            java.util.Set<String> seen = new java.util.TreeSet<>();
            while (writing.get()) {
                SearchResult all = other.search(SearchRequest.of("doc:" + SamplePlans.ACHTERHOEK).page(20, 0));
                assertThat(all.total()).as("records of the plan").isIn(4L, 8L);
                SearchResult versions = other.search(SearchRequest.of("alfa OR beta").page(20, 0));
                java.util.Set<String> words = new java.util.TreeSet<>();
                versions.hits().forEach(hit -> words.add(hit.plainSnippet().split(" ")[1]));
                seen.add(versions.total() + " " + words);
                assertThat(versions.total()).as("passages of one version").isIn(3L, 7L);
                assertThat(words).as("the versions one search saw").hasSize(1);
            }
            writer.join();
            assertThat(failed.get()).isNull();
            assertThat(seen).as("what the reader saw").isNotEmpty();
            System.out.println("during replacements a reader saw: " + seen);
        }
    }

    private static IndexedDocument version(IndexedDocument plan, String word, int passages) {
        List<PassageEntry> entries = new ArrayList<>();
        for (int i = 0; i < passages; i++) {
            entries.add(new PassageEntry(plan.document().doc(), i + 1, "paragraph", null, "Versie " + word + " passage " + i,
                    List.of("H"), List.of(), List.of()));
        }
        return new IndexedDocument(plan.document(), entries, List.of());
    }

    @Test
    void recordsWrittenWithoutCommitAppearAtTheCommitAllAtOnce() throws Exception {
        try (SolrSearchIndex other = SolrSearchIndex.open(cluster.address("batch"))) {
            other.replaceWithoutCommit(SamplePlans.achterhoek());
            other.replaceWithoutCommit(SamplePlans.middenIjssel());
            assertThat(other.search(SearchRequest.of("")).total()).isZero();
            other.commit();
            assertThat(other.search(SearchRequest.of("")).total()).isEqualTo(5 + 6);
        }
    }
    /**
     * A worker killed while it sends a plan's records leaves what Solr took of them, and the next commit of any
     * writer shows it: the plan must not then look indexed, or the worker that takes the job over would skip it.
     */
    @Test
    void aWriteCutOffHalfWayLeavesNoHashThatClaimsThePlanIsIndexed() throws Exception {
        try (SolrSearchIndex writer = SolrSearchIndex.open(cluster.address("cutoff"))) {
            List<SolrInputDocument> records = SolrRecords.of(SamplePlans.achterhoek());
            UpdateRequest cutOff = new UpdateRequest();
            cutOff.add(records.subList(0, records.size() / 2));
            cutOff.process(cluster.cluster().getSolrClient(), "cutoff");
            writer.commit();
            assertThat(writer.sha256Of(SamplePlans.ACHTERHOEK)).isEmpty();

            writer.replace(SamplePlans.achterhoek());
            assertThat(writer.sha256Of(SamplePlans.ACHTERHOEK)).contains(SamplePlans.achterhoek().document().sha256());
        }
    }

    @Test
    void aDocumentsHashIsLookedUpByItsIdAndAnAbsentDocumentHasNone() throws IOException {
        DocumentEntry achterhoek = SamplePlans.achterhoek().document();
        assertThat(index.sha256Of(SamplePlans.ACHTERHOEK)).contains(achterhoek.sha256());
        assertThat(index.sha256Of("no-such-plan")).isEmpty();
    }

    /** Workers started at once against an empty cluster: every one of them opens the collection and can write. */
    @Test
    void aCollectionWhoseSchemaPredatesHitKeysIsRefusedWithWhatToDo() throws Exception {
        Path older = Files.createTempDirectory("regioplan-older-configset");
        SolrConfigset.writeTo(older);
        Path schema = older.resolve("schema.xml");
        String withoutHitKeys = Files.readString(schema).replaceAll("(?m)^.*name=\"" + Fields.HIT_KEY + "\".*\n", "");
        assertThat(withoutHitKeys).doesNotContain(Fields.HIT_KEY + "\"");
        Files.writeString(schema, withoutHitKeys);
        ZkMaintenanceUtils.uploadToZK(cluster.cluster().getZkClient(), older, "/configs/older",
                ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection("older", "older", 1, 1);
        create.setWaitForFinalState(true);
        create.process(cluster.cluster().getSolrClient());

        for (var opening : List.<Callable<SolrSearchIndex>>of(() -> SolrSearchIndex.open(cluster.address("older")),
                () -> SolrSearchIndex.connect(cluster.address("older")))) {
            assertThatThrownBy(opening::call).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("collection 'older'").hasMessageContaining("older Regioplan")
                    .hasMessageContaining("delete the collection");
        }
    }

    @Test
    void writersOpeningTheSameNewCollectionAtOnceAllSucceed() throws Exception {
        int writers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        try {
            List<Future<SolrSearchIndex>> opened = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                opened.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return SolrSearchIndex.open(cluster.address("together"));
                }));
            }
            List<IndexedDocument> plans = SamplePlans.all();
            for (int i = 0; i < writers; i++) {
                try (SolrSearchIndex writer = opened.get(i).get(3, TimeUnit.MINUTES)) {
                    writer.replace(plans.get(i % plans.size()));
                }
            }
            try (SolrSearchIndex reader = SolrSearchIndex.connect(cluster.address("together"))) {
                assertThat(reader.documents()).extracting(DocumentEntry::doc)
                        .containsExactlyInAnyOrderElementsOf(plans.stream().limit(writers).map(p -> p.document().doc()).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
