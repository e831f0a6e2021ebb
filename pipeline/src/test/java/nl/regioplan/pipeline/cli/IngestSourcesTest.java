package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An ingest, local or published to a queue, is told what to take in before it opens anything. */
class IngestSourcesTest {

    @Test
    void anIngestWithNeitherPathNorManifestSaysWhatToNameAndLeavesNoDataFolder(@TempDir Path tmp) {
        Path data = tmp.resolve("data");
        CommandRun run = CommandRun.of("ingest", "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nothing to ingest: name PDF files or folders, or --manifest FILE.csv");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void aQueuedIngestWithNothingToPublishIsRefusedBeforeItReachesTheQueue() {
        // nothing listens on port 1: reaching for the queue would fail with another message
        CommandRun run = CommandRun.of("ingest", "--queue", "kafka://127.0.0.1:1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nothing to ingest: name PDF files or folders, or --manifest FILE.csv");
    }
}
