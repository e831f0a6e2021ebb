package nl.regioplan.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadModelCacheTest {
    @TempDir
    Path dir;

    private static CatalogEntry entry(String doc) {
        return new CatalogEntry(doc, "0".repeat(64), doc + ".pdf", "Plan " + doc, "Flevoland", "regioplan", 2024, null,
                null, 10, 0, "2026-01-01T00:00:00Z");
    }

    private static List<String> docs(ReadModel model) {
        return model.catalog().stream().map(CatalogEntry::doc).toList();
    }

    /**
     * The model after the catalog folder's time has settled (as if last written long ago) and a listing has found it
     * unchanged: from then on its time is trusted.
     */
    private ReadModel trusted(DataStore store) throws Exception {
        Files.setLastModifiedTime(dir.resolve("catalog"), FileTime.from(Instant.now().minusSeconds(60)));
        ReadModel model = store.readModel();
        assertThat(store.readModel()).as("an unchanged folder gives the same model").isSameAs(model);
        return model;
    }

    @Test
    void anEntryWrittenRightAfterAReadIsInTheNextRead() {
        DataStore store = new DataStore(dir);
        store.putCatalogEntry(entry("plan-a"));
        assertThat(docs(store.readModel())).containsExactly("plan-a");
        store.putCatalogEntry(entry("plan-b"));
        assertThat(docs(store.readModel())).containsExactly("plan-a", "plan-b");
        store.delete("plan-a");
        assertThat(docs(store.readModel())).containsExactly("plan-b");
    }

    @Test
    void anUnchangedFolderGivesTheSameModelAndAChangeAfterItSettledIsSeen() throws Exception {
        DataStore store = new DataStore(dir);
        store.putCatalogEntry(entry("plan-a"));
        ReadModel first = trusted(store);
        assertThat(store.readModel()).isSameAs(first);
        store.putCatalogEntry(entry("plan-b"));
        assertThat(store.readModel()).isNotSameAs(first).extracting(ReadModelCacheTest::docs)
                .isEqualTo(List.of("plan-a", "plan-b"));
        trusted(store);
        store.delete("plan-a");
        assertThat(store.readModel().catalog()).extracting(CatalogEntry::doc).containsExactly("plan-b");
    }

    @Test
    void aQuarantinedFileIsSeenThoughTheCatalogIsUnchanged() throws Exception {
        DataStore store = new DataStore(dir);
        store.putCatalogEntry(entry("plan-a"));
        assertThat(trusted(store).status().quarantined()).isEmpty();
        Path bad = Files.writeString(dir.resolve("kapot.pdf"), "<html>");
        store.quarantine(bad, new QuarantineEntry("kapot.pdf", "the file is not a PDF", "NOT_PDF", bad.toString(),
                "2026-01-01T00:00:00Z"));
        assertThat(store.readModel().status().quarantined()).extracting(QuarantineEntry::file).containsExactly("kapot.pdf");
    }
}
