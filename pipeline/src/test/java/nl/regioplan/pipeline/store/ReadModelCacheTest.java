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

    /** As if the catalog folder was last written long ago, so its time is trusted. */
    private void settle() throws Exception {
        Files.setLastModifiedTime(dir.resolve("catalog"), FileTime.from(Instant.now().minusSeconds(60)));
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
        settle();
        ReadModel first = store.readModel();
        // the second read lists the folder, finds it unchanged and trusts its settled time from then on
        assertThat(store.readModel()).isSameAs(first);
        assertThat(store.readModel()).isSameAs(first);

        store.putCatalogEntry(entry("plan-b"));
        assertThat(docs(store.readModel())).containsExactly("plan-a", "plan-b");
        settle();
        ReadModel second = store.readModel();
        assertThat(store.readModel()).isSameAs(second);
        store.delete("plan-b");
        assertThat(docs(store.readModel())).containsExactly("plan-a");
    }

    @Test
    void aQuarantinedFileIsSeenThoughTheCatalogIsUnchanged() throws Exception {
        DataStore store = new DataStore(dir);
        store.putCatalogEntry(entry("plan-a"));
        settle();
        store.readModel();
        assertThat(store.readModel().status().quarantined()).isEmpty();
        Path bad = Files.writeString(dir.resolve("kapot.pdf"), "<html>");
        store.quarantine(bad, new QuarantineEntry("kapot.pdf", "the file is not a PDF", "NOT_PDF", bad.toString(),
                "2026-01-01T00:00:00Z"));
        assertThat(store.readModel().status().quarantined()).extracting(QuarantineEntry::file).containsExactly("kapot.pdf");
    }
}
