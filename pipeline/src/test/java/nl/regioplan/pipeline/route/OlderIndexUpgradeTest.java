package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.schema.EntryDocuments;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.PlanAnalyzers;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.ingest.IndexEntries;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data folder whose index an older version wrote, without hit keys, counts every matching record as a hit;
 * the next ingest re-indexes those documents from their record files, though every PDF is unchanged.
 */
class OlderIndexUpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void theNextIngestReindexesDocumentsAnOlderVersionIndexedWithoutHitKeys() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("plan-flevoland.pdf"), List.of(
                "Regioplan Flevoland\nIn 2027 zijn de wachttijden in de ggz met 20% gedaald.",
                "Mantelzorg\nIn 2026 is de wachttijd voor respijtzorg korter dan vier weken."));
        String data = tmp.resolve("data").toString();
        assertThat(CommandRun.of("ingest", in.toString(), "--data", data).exitCode()).isZero();
        // the document's own record (its title) and the first page's passage: two records, one hit
        JsonNode fresh = CommandRun.json("search", "flevoland", "--data", data, "--json");
        assertThat(fresh.get("total").asLong()).isEqualTo(2);
        assertThat(fresh.get("hitCount").asLong()).as("one hit a page").isEqualTo(1);

        DataStore store = new DataStore(tmp.resolve("data"));
        indexAsAnOlderVersionDid(store);
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            assertThat(index.documentsWithoutHitKeys()).containsExactly("plan-flevoland");
        }
        JsonNode older = CommandRun.json("search", "flevoland", "--data", data, "--json");
        assertThat(older.get("hitCount").asLong()).as("every record its own hit").isEqualTo(2);

        CommandRun again = CommandRun.of("ingest", in.toString(), "--data", data);

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("re-indexed 1 document from their records");
        assertThat(again.text() + again.err()).contains("1 unchanged");
        JsonNode upgraded = CommandRun.json("search", "flevoland", "--data", data, "--json");
        assertThat(upgraded.get("hitCount").asLong()).isEqualTo(1);
        assertThat(upgraded.get("total")).isEqualTo(fresh.get("total"));
        assertThat(upgraded.get("hits")).isEqualTo(fresh.get("hits"));
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            assertThat(index.documentsWithoutHitKeys()).isEmpty();
        }
    }

    /** Each document's records again, as the index had them before records carried a hit key. */
    private static void indexAsAnOlderVersionDid(DataStore store) throws Exception {
        try (FSDirectory directory = FSDirectory.open(store.indexDir());
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PlanAnalyzers.forIndexing()))) {
            for (CatalogEntry entry : store.catalog()) {
                List<Document> records = new EntryDocuments().of(IndexEntries.of(entry, store.records(entry.doc()).orElseThrow()));
                records.forEach(record -> record.removeFields(Fields.HIT_KEY));
                writer.updateDocuments(new Term(Fields.DOC, entry.doc()), records);
            }
            writer.commit();
        }
    }
}
