package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 6: one writer per data folder, and a second one refused before it touches anything. */
class SecondWriterTest {
    @TempDir
    Path tmp;

    private Path inbox() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("plan-een.pdf"), List.of("Regioplan een\nIn 2027 zijn de wachttijden gedaald."));
        TestPdfs.write(in.resolve("plan-twee.pdf"), List.of("Regioplan twee\nMantelzorg en valpreventie."));
        return in;
    }

    @Test
    void aSecondIngestInAnotherJvmIsRefusedInOneLineAndQuarantinesNothing() throws Exception {
        Path in = inbox();
        DataStore store = new DataStore(tmp.resolve("data"));
        try (PlanIndex first = PlanIndex.open(store.indexDir())) {
            first.lockForWriting(); // what a running ingest holds for its whole run

            Process second = RegioplanProcess.start("ingest", in.toString(), "--data", store.root().toString());
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.exitValue()).as(err).isNotZero();
            List<String> said = err.lines().filter(l -> l.startsWith("regioplan:")).toList();
            assertThat(said).containsExactly("regioplan: another regioplan ingest is writing to " + store.root()
                    + "; wait for it or stop it");
            assertThat(err + out).doesNotContain("quarantined").doesNotContain("Exception");
            assertThat(store.quarantineDir()).doesNotExist();
            assertThat(store.root().resolve("raw")).doesNotExist();
            assertThat(store.catalog()).isEmpty();
        }
    }

    @Test
    void lockQuarantineEntriesFromOlderRunsDoNotOutliveTheNextCleanRun() throws Exception {
        Path in = inbox();
        String data = tmp.resolve("data").toString();
        assertThat(CommandRun.of("ingest", in.toString(), "--data", data).exitCode()).isZero();
        // What versions that took the lock late left behind: a good, already ingested file set aside.
        DataStore store = new DataStore(Path.of(data));
        store.quarantine(in.resolve("plan-een.pdf"), new QuarantineEntry("plan-een.pdf",
                "another regioplan ingest is writing to " + store.indexDir() + " (it holds write.lock)", "ERROR",
                in.resolve("plan-een.pdf").toString(), "2026-12-01T20:00:00Z"));
        store.quarantine(in.resolve("plan-twee.pdf"), new QuarantineEntry("plan-twee.pdf", "the file is damaged",
                "DAMAGED", in.resolve("plan-twee.pdf").toString(), "2026-12-01T20:00:00Z"));

        CommandRun again = CommandRun.of("ingest", in.toString(), "--data", data);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.text()).contains("2 unchanged");
        JsonNode status = CommandRun.json("status", "--data", data, "--json");
        assertThat(status.get("quarantined")).as("an unchanged, catalogued file is not quarantined").isEmpty();
        assertThat(store.quarantineDir().resolve("plan-een.pdf")).doesNotExist();
    }
}
