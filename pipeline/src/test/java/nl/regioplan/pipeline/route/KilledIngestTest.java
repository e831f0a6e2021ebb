package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.cli.RegioplanCommand;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A kill -9 in the middle of an ingest leaves the last committed index searchable, and the next ingest completes
 * the rest. The ingest runs in a child JVM that the test really kills.
 */
class KilledIngestTest {
    @TempDir
    Path data;

    @Test
    void aKilledIngestLeavesASearchableIndexAndTheNextIngestCompletesTheRest() throws Exception {
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isDirectory(corpus), "needs ../shared/corpus/pdf");
        long pdfs;
        try (Stream<Path> files = Files.list(corpus)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).count();
        }

        Process child = startIngest(corpus);
        try {
            waitForCatalogEntries(child, 4, Duration.ofMinutes(3));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        int committed = new DataStore(data).catalog().size();
        assertThat(committed).as("killed before the end").isBetween(4, (int) pdfs - 1);

        CommandRun search = CommandRun.of("search", "zorg", "--data", data.toString(), "--json");
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode hits = DataStore.json().readTree(search.text());
        assertThat(hits.get("total").asInt()).isGreaterThan(0);

        CommandRun again = CommandRun.of("ingest", corpus.toString(), "--data", data.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.text()).contains(committed + " unchanged").contains("0 quarantined");
        JsonNode status = CommandRun.json("status", "--data", data.toString(), "--json");
        assertThat(status.get("documents").asLong()).isEqualTo(pdfs);
    }

    private Process startIngest(Path corpus) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                RegioplanCommand.class.getName(), "ingest", corpus.toString(), "--data", data.toString(),
                "--threads", "1"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-child.log").toFile()).start();
    }

    private void waitForCatalogEntries(Process child, int wanted, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("the child ingest ended before it could be killed").isTrue();
            if (new DataStore(data).catalog().size() >= wanted) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the child ingest committed fewer than " + wanted + " documents in " + limit);
    }
}
