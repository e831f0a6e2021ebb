package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest route end to end, through the command line, on real PDFs the test writes. */
class IngestRouteTest {
    @TempDir
    Path tmp;

    private Path inbox() throws Exception {
        return Files.createDirectories(tmp.resolve("inbox"));
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private JsonNode status() throws Exception {
        return CommandRun.json("status", "--data", data().toString(), "--json");
    }

    private JsonNode search(String query) throws Exception {
        return CommandRun.json("search", query, "--data", data().toString(), "--json");
    }

    @Test
    void eachKindOfBadInputIsQuarantinedWithAReasonAndTheRestIsIngested() throws Exception {
        Path in = inbox();
        TestPdfs.write(in.resolve("plan-een.pdf"), List.of("Regioplan een\nIn 2027 heeft de regio minder wachttijden in de ggz.", "Mantelzorg en valpreventie."));
        TestPdfs.write(in.resolve("plan-twee.pdf"), List.of("Regioplan twee\nAdministratieve lasten dalen met 5%."));
        TestPdfs.empty(in);
        TestPdfs.htmlNamedPdf(in);
        TestPdfs.truncated(in);
        TestPdfs.passwordProtected(in);

        CommandRun r = CommandRun.of("ingest", in.toString(), "--data", data().toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.text()).contains("ingested 2 documents").contains("4 quarantined");
        JsonNode status = status();
        assertThat(status.get("documents").asInt()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        status.get("quarantined").forEach(q -> reasons.add(q.get("file").asText() + ": " + q.get("reason").asText()));
        assertThat(reasons).hasSize(4);
        assertThat(reasons).anyMatch(s -> s.startsWith("leeg.pdf: ") && s.contains("empty"));
        assertThat(reasons).anyMatch(s -> s.startsWith("webpagina.pdf: ") && s.contains("not a PDF"));
        assertThat(reasons).anyMatch(s -> s.startsWith("afgebroken.pdf: ") && s.contains("damaged"));
        assertThat(reasons).anyMatch(s -> s.startsWith("beveiligd.pdf: ") && s.contains("password"));
        assertThat(data().resolve("quarantine/webpagina.pdf.reason.json")).exists();
        assertThat(search("wachttijden").get("total").asInt()).isGreaterThan(0);
    }

    @Test
    void aRunWhereNothingCanBeIngestedExitsNonZero() throws Exception {
        Path in = inbox();
        TestPdfs.empty(in);
        CommandRun r = CommandRun.of("ingest", in.toString(), "--data", data().toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).contains("1 quarantined").contains("leeg.pdf");
    }

    @Test
    void anUnchangedFileIsSkippedOnReIngest() throws Exception {
        Path in = inbox();
        TestPdfs.write(in.resolve("plan.pdf"), List.of("Mantelzorg in de regio."));
        assertThat(CommandRun.of("ingest", in.toString(), "--data", data().toString()).text()).contains("ingested 1 document");
        CommandRun again = CommandRun.of("ingest", in.toString(), "--data", data().toString());
        assertThat(again.text()).contains("ingested 0 documents").contains("1 unchanged");
        assertThat(status().get("documents").asInt()).isEqualTo(1);
    }

    @Test
    void aChangedFileWithTheSameNameReplacesItsOldVersionEverywhere() throws Exception {
        Path in = inbox();
        Path plan = TestPdfs.write(in.resolve("plan.pdf"), List.of("Valpreventie bij ouderen.", "Tweede pagina."));
        CommandRun.of("ingest", in.toString(), "--data", data().toString());
        assertThat(search("valpreventie").get("total").asInt()).isGreaterThan(0);

        TestPdfs.write(plan, List.of("Mantelzorgers krijgen respijtzorg."));
        CommandRun r = CommandRun.of("ingest", in.toString(), "--data", data().toString());

        assertThat(r.text()).contains("ingested 1 document");
        assertThat(search("valpreventie").get("total").asInt()).isZero();
        assertThat(search("respijtzorg").get("total").asInt()).isGreaterThan(0);
        JsonNode status = status();
        assertThat(status.get("documents").asInt()).isEqualTo(1);
        assertThat(status.get("pages").asInt()).isEqualTo(1);
        assertThat(new DataStore(data()).text("plan").orElseThrow().pages()).hasSize(1);
    }

    @Test
    void aFileThatNowIngestsLeavesTheQuarantine() throws Exception {
        Path in = inbox();
        Path plan = Files.write(in.resolve("plan.pdf"), new byte[0]);
        CommandRun.of("ingest", in.toString(), "--data", data().toString());
        assertThat(status().get("quarantined")).hasSize(1);
        TestPdfs.write(plan, List.of("Nu wel een echte PDF."));
        CommandRun.of("ingest", in.toString(), "--data", data().toString());
        assertThat(status().get("quarantined")).isEmpty();
        assertThat(status().get("documents").asInt()).isEqualTo(1);
    }
}
