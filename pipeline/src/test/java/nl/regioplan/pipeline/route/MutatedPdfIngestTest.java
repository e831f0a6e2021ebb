package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 11: a seeded mutator cuts and damages excerpts of the sample corpus's PDFs (truncations with and without a %%EOF
 * put back, flipped bits, overwritten runs, dropped and repeated ranges, damaged object structure), and one
 * ingest of all of them beside the good originals must end, with every file either ingested and searchable or
 * quarantined with a reason in words. The counts per outcome are printed.
 */
class MutatedPdfIngestTest {
    private static final int MUTANTS = 240;
    private static final long SEED = 20261201L;

    @TempDir
    Path tmp;

    @Test
    void everyMutantEndsIngestedOrQuarantinedWithAReasonAndTheOriginalsStaySearchable() throws Exception {
        List<Path> good = HostileInput.samplePdfs(tmp);
        Path folder = good.getFirst().getParent();
        List<Path> mutants = HostilePdfs.mutants(HostileInput.excerpts(good, tmp.resolve("excerpts")), folder, MUTANTS, SEED);
        Path data = tmp.resolve("data");

        long start = System.nanoTime();
        CommandRun run = assertTimeoutPreemptively(Duration.ofMinutes(6), () -> CommandRun.of("ingest", folder.toString(),
                "--data", data.toString(), "--parse-memory", "256", "--parse-timeout", "30"));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, QuarantineEntry> quarantine = HostileInput.quarantine(data);
        for (Path pdf : good) {
            assertThat(HostileInput.outcome(data, quarantine, pdf).ingested()).as(pdf.getFileName() + " ingested").isTrue();
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Path mutant : mutants) {
            counts.merge(HostileInput.outcome(data, quarantine, mutant).failure(), 1, Integer::sum);
        }
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MUTANTS);
        assertThat(counts).containsKey("INGESTED").containsKey("CORRUPT");
        System.out.printf("mutants: %d files from %d sample PDFs (seed %d) in %d s: %s%n",
                MUTANTS, good.size(), SEED, seconds, counts);
        assertThat(Files.list(data.resolve("quarantine")).count()).isPositive();
    }
}
