package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an ingest says about folders and file names a new user tries: nothing silently skipped or refused. */
class IngestInputsTest {
    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void anEmptyFolderIsAnErrorNotZeroDocumentsIngested() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("leeg"));
        CommandRun run = CommandRun.of("ingest", empty.toString(), "--data", data());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("nothing to ingest: no PDF files in " + empty);
    }

    @Test
    void aFolderOfOtherFilesNamesWhatItSkippedAndFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("notities.txt"), "x");
        Files.write(in.resolve("kaart.png"), new byte[]{1, 2, 3});
        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", data());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("skipped 2 files not named .pdf: kaart.png, notities.txt")
                .contains("nothing to ingest");
    }

    @Test
    void hiddenFilesAreNamedAndOddlyNamedFilesGetASafeIdKeepingTheirNameAsTitle() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("..hidden..plan...pdf"), List.of("Verborgen plan."));
        TestPdfs.write(in.resolve("Regioplan \u201cZuid\u201d \u2013 2024.pdf"), List.of("Regioplan Zuid\nIn 2027 minder wachttijden."));

        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", data());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped 1 hidden file").contains("..hidden..plan...pdf");
        assertThat(run.text()).contains("ingested 1 document").contains("0 quarantined");
        JsonNode documents = CommandRun.json("documents", "--data", data(), "--json");
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("doc").asText()).isEqualTo("Regioplan Zuid - 2024");
        assertThat(documents.get(0).get("title").asText()).isEqualTo("Regioplan \u201cZuid\u201d \u2013 2024");
    }

    @Test
    void aQuarantinedFileLeavesNoCopyInRaw() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.truncated(in);
        TestPdfs.write(in.resolve("goed.pdf"), List.of("Een goed plan."));
        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", data());
        assertThat(run.text()).contains("1 quarantined");
        assertThat(Path.of(data(), "quarantine", "afgebroken.pdf")).exists();
        assertThat(Path.of(data(), "raw", "afgebroken.pdf")).doesNotExist();
        assertThat(Path.of(data(), "raw", "goed.pdf")).exists();
    }

    @Test
    void aDocumentCataloguedWithoutARegionByAnOlderVersionIsRedoneOnceAndBecomesLandelijk() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("akkoord.pdf"), List.of("Integraal Zorgakkoord\nPartijen maken per regio een regioplan."));
        assertThat(CommandRun.of("ingest", in.toString(), "--data", data()).text()).contains("ingested 1 document");
        DataStore store = new DataStore(Path.of(data()));
        CatalogEntry e = store.catalogEntry("akkoord").orElseThrow();
        store.putCatalogEntry(new CatalogEntry(e.doc(), e.sha256(), e.source(), e.title(), null, e.type(),
                e.publicationYear(), e.publisher(), e.date(), e.pages(), e.ocrPages(), e.ingestedAt()));

        assertThat(CommandRun.of("ingest", in.toString(), "--data", data()).text()).contains("ingested 1 document (");
        assertThat(store.catalogEntry("akkoord").orElseThrow().region()).isEqualTo("Landelijk");
        assertThat(CommandRun.of("ingest", in.toString(), "--data", data()).text()).contains("1 unchanged");
    }

    @Test
    void readCommandsRefuseADataFolderThatIsAFileOrMissing() throws Exception {
        Path file = Files.writeString(tmp.resolve("plan.txt"), "x");
        for (String command : List.of("status", "documents", "export", "themes")) {
            List<String> args = command.equals("export") ? List.of(command, "targets") : List.of(command);
            CommandRun onFile = CommandRun.of(concat(args, "--data", file.toString()));
            assertThat(onFile.exitCode()).as(command).isEqualTo(2);
            assertThat(onFile.err()).as(command).contains("is a file, not a data folder");
            CommandRun missing = CommandRun.of(concat(args, "--data", tmp.resolve("nergens").toString()));
            assertThat(missing.exitCode()).as(command).isEqualTo(2);
            assertThat(missing.err()).as(command).contains("no data folder at " + tmp.resolve("nergens"));
        }
        CommandRun search = CommandRun.of("search", "ggz", "--data", tmp.resolve("nergens").toString());
        assertThat(search.exitCode()).isEqualTo(2);
        assertThat(search.err()).contains("no data folder at");
        CommandRun ingest = CommandRun.of("ingest", tmp.toString(), "--data", file.toString());
        assertThat(ingest.err()).contains("is a file, not a data folder");
    }

    private static String[] concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toArray(String[]::new);
    }
}
