package nl.regioplan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.QuerySyntaxException;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.write.IndexLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanIndexTest {
    @TempDir
    Path dir;

    private PlanIndex indexed() throws IOException {
        PlanIndex index = PlanIndex.open(dir);
        for (IndexedDocument document : SamplePlans.all()) {
            index.replace(document);
        }
        return index;
    }

    @Test
    void everyHitCarriesTheDocumentAndPageItCameFrom() throws IOException {
        try (PlanIndex index = indexed()) {
            List<Hit> hits = index.search(SearchRequest.of("wachttijden")).hits();
            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.doc()).isEqualTo(SamplePlans.ACHTERHOEK);
                assertThat(hit.page()).isEqualTo(7);
                assertThat(hit.title()).isEqualTo("Regioplan Achterhoek");
                assertThat(hit.region()).isEqualTo("Achterhoek");
                assertThat(hit.type()).isEqualTo("regioplan");
                assertThat(hit.record()).isEqualTo("passage");
                assertThat(hit.kind()).isEqualTo("list_item");
                assertThat(hit.section()).isEqualTo("Mentale gezondheid");
            });
        }
    }

    @Test
    void replacingADocumentSwapsAllItsRecordsAndLeavesOthersAlone() throws IOException {
        try (PlanIndex index = indexed()) {
            IndexedDocument shorter = new IndexedDocument(SamplePlans.achterhoek().document(),
                    List.of(new PassageEntry(SamplePlans.ACHTERHOEK, 1, "paragraph", null, "Nieuwe versie over mantelzorg.",
                            List.of("W"), List.of(), List.of())),
                    List.of());
            index.replace(shorter);

            assertThat(index.search(SearchRequest.of("wachttijden")).total()).isZero();
            assertThat(index.search(SearchRequest.of("mantelzorg")).hits()).extracting(Hit::page).containsExactly(1);
            assertThat(index.search(SearchRequest.of("doc:" + SamplePlans.ACHTERHOEK)).total()).isEqualTo(2);
            assertThat(index.search(SearchRequest.of("zorgpersoneel")).total()).isEqualTo(1);
            assertThat(index.documents()).hasSize(3);
        }
    }

    @Test
    void removingADocumentDeletesEveryRecordOfIt() throws IOException {
        try (PlanIndex index = indexed()) {
            assertThat(index.remove(SamplePlans.MIDDEN_IJSSEL)).isTrue();
            assertThat(index.remove(SamplePlans.MIDDEN_IJSSEL)).isFalse();

            assertThat(index.search(SearchRequest.of("doc:" + SamplePlans.MIDDEN_IJSSEL)).total()).isZero();
            assertThat(index.search(SearchRequest.of("record:target")).hits()).extracting(Hit::doc)
                    .containsOnly(SamplePlans.ACHTERHOEK);
            assertThat(index.documents()).extracting(DocumentEntry::doc)
                    .containsExactly(SamplePlans.IZA, SamplePlans.ACHTERHOEK);
        }
    }

    @Test
    void documentsComeBackWithTheirMetadata() throws IOException {
        try (PlanIndex index = indexed()) {
            assertThat(index.documents()).contains(SamplePlans.iza().document(), SamplePlans.achterhoek().document());
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAMessageNamingTheDirectory() throws IOException {
        try (PlanIndex first = indexed(); PlanIndex second = PlanIndex.open(dir)) {
            assertThatThrownBy(() -> second.replace(SamplePlans.iza()))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("another regioplan ingest is writing to " + dir.toAbsolutePath());
            assertThat(second.search(SearchRequest.of("regioplan")).total()).isPositive();
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheWriterCloses() throws IOException {
        indexed().close();
        try (PlanIndex again = PlanIndex.open(dir)) {
            again.replace(SamplePlans.iza());
            assertThat(again.documents()).hasSize(3);
        }
    }

    @Test
    void aReaderSeesTheLastCommitAndNothingAnOpenWriterHasNotCommitted() throws IOException {
        indexed().close();
        try (PlanIndex reader = PlanIndex.open(dir);
             FSDirectory directory = FSDirectory.open(dir);
             IndexWriter ingest = new IndexWriter(directory, new IndexWriterConfig())) {
            long before = reader.search(SearchRequest.of("")).total();
            Document uncommitted = new Document();
            uncommitted.add(new StringField("doc", "half-written", Field.Store.YES));
            ingest.addDocument(uncommitted);
            ingest.flush();

            assertThat(reader.search(SearchRequest.of("")).total()).isEqualTo(before);
            ingest.deleteAll();
            ingest.commit();
            assertThat(reader.search(SearchRequest.of("")).total()).isZero();
        }
    }

    @Test
    void aReaderInAnotherInstanceSeesEachCommitOfAWriterThatStaysOpen() throws IOException {
        try (PlanIndex writer = PlanIndex.open(dir); PlanIndex reader = PlanIndex.open(dir)) {
            assertThat(reader.search(SearchRequest.of("regiobeeld")).total()).isZero();
            writer.replace(SamplePlans.iza());
            assertThat(reader.search(SearchRequest.of("regiobeeld")).total()).isEqualTo(1);
            writer.replace(SamplePlans.achterhoek());
            assertThat(reader.documents()).hasSize(2);
        }
    }

    @Test
    void searchesDuringReplacementsSeeADocumentWholeBeforeOrWholeAfterNeverHalf() throws Exception {
        IndexedDocument full = SamplePlans.achterhoek();
        IndexedDocument shorter = new IndexedDocument(full.document(), full.passages().subList(0, 1), List.of());
        long fullRecords = 1 + full.passages().size() + full.targets().size();
        long shorterRecords = 2;
        try (PlanIndex index = indexed()) {
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
            java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Runnable reader = () -> {
                while (writing.get()) {
                    try {
                        seen.add(index.search(SearchRequest.of("doc:" + SamplePlans.ACHTERHOEK)).total());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.List<java.util.concurrent.Future<?>> running = List.of(readers.submit(reader), readers.submit(reader));
            for (int i = 0; i < 20; i++) {
                index.replace(i % 2 == 0 ? shorter : full);
            }
            writing.set(false);
            for (java.util.concurrent.Future<?> future : running) {
                future.get();
            }
            readers.shutdown();
            assertThat(seen).isNotEmpty().isSubsetOf(fullRecords, shorterRecords);
        }
    }

    @Test
    void anEmptyIndexFindsNothingButStillReportsBadSyntax() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            assertThat(index.search(SearchRequest.of("zorg")).total()).isZero();
            assertThat(index.documents()).isEmpty();
            assertThat(index.themeMatrix().passages()).isEmpty();
            assertThatThrownBy(() -> index.search(SearchRequest.of("\"zorg"))).isInstanceOf(QuerySyntaxException.class);
        }
    }

    @Test
    void filtersUseTheValuesTheFacetsShow() throws IOException {
        try (PlanIndex index = indexed()) {
            SearchRequest regio = SearchRequest.of("regioplan").filter(Facet.RECORD, "document");
            assertThat(index.search(regio).total()).isEqualTo(2);
            assertThat(index.search(regio.filter(Facet.REGION, "Midden-IJssel")).hits())
                    .extracting(Hit::doc).containsExactly(SamplePlans.MIDDEN_IJSSEL);
        }
    }
}
