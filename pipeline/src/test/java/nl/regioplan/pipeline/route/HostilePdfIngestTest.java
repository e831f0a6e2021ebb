package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 11, item 1: a PDF of a megabyte that needs a gigabyte to read, or that declares absurd sizes, costs that
 * document and never the run. Each hostile file is written by the test, put in one folder with the good sample
 * PDFs and ingested by the command line under a small budget; the run ends with its summary, the good files are
 * searchable, every hostile one is quarantined with the limit it passed in words, and a second run does not read
 * the over-budget files again.
 */
class HostilePdfIngestTest {
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path tmp;

    @Test
    void bombsAndAbsurdSizesAreQuarantinedWithAReasonAndTheGoodFilesBesideThemAreSearchable() throws Exception {
        List<Path> good = HostileInput.samplePdfs(tmp);
        Path folder = good.getFirst().getParent();
        Map<Path, List<String>> hostile = new LinkedHashMap<>();
        hostile.put(HostilePdfs.contentStreamBomb(folder.resolve("bom-inhoud.pdf")), List.of("TOO_MUCH_MEMORY", "TOO_SLOW"));
        hostile.put(HostilePdfs.imageBomb(folder.resolve("bom-afbeelding.pdf")), List.of("TOO_MUCH_MEMORY", "TOO_SLOW"));
        hostile.put(HostilePdfs.hugeImage(folder.resolve("reuzenafbeelding.pdf")), List.of("TOO_MUCH_MEMORY", "TOO_SLOW"));
        hostile.put(HostilePdfs.xmpBomb(folder.resolve("bom-xmp.pdf")), List.of("TOO_MUCH_MEMORY", "TOO_SLOW"));
        hostile.put(HostilePdfs.hugePageCount(folder.resolve("miljarden-paginas.pdf")), List.of("CORRUPT"));
        hostile.put(HostilePdfs.deepNesting(folder.resolve("diep-genest.pdf")), List.of("INGESTED", "CORRUPT", "PARSER_FAILED"));
        for (Path file : hostile.keySet()) {
            assertThat(Files.size(file)).as(file + " is small on disk").isLessThan(8L << 20);
        }
        Path data = tmp.resolve("data");

        long start = System.nanoTime();
        CommandRun first = assertTimeoutPreemptively(RUN_LIMIT, () -> ingest(folder, data));
        Duration firstTook = Duration.ofNanos(System.nanoTime() - start);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.text()).startsWith("ingested " + (good.size() + ingestedHostile(data, hostile)) + " documents");

        Map<String, QuarantineEntry> quarantine = HostileInput.quarantine(data);
        for (Path pdf : good) {
            assertThat(HostileInput.outcome(data, quarantine, pdf).ingested()).as(pdf.getFileName() + " ingested").isTrue();
        }
        hostile.forEach((file, expected) -> {
            try {
                HostileInput.Outcome outcome = HostileInput.outcome(data, quarantine, file);
                System.out.println("hostile: " + outcome.file() + " -> " + outcome.failure()
                        + (outcome.reason() == null ? "" : ": " + outcome.reason()));
                assertThat(outcome.failure()).as(outcome.file() + ": " + outcome.reason()).isIn(expected);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(quarantine.get("bom-afbeelding.pdf").reason()).matches(".*needs more than 256 MB to decode.*|.*longer than 40 s.*");
        assertThat(quarantine.get("miljarden-paginas.pdf").reason()).contains("2147483647 pages");

        long again = System.nanoTime();
        CommandRun second = assertTimeoutPreemptively(RUN_LIMIT, () -> ingest(folder, data));
        Duration secondTook = Duration.ofNanos(System.nanoTime() - again);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("not read again");
        assertThat(second.text()).contains(good.size() + ingestedHostile(data, hostile) + " unchanged");
        System.out.printf("hostile bombs: first run %d s, second run %d s%n", firstTook.toSeconds(), secondTook.toSeconds());
    }

    private static long ingestedHostile(Path data, Map<Path, List<String>> hostile) {
        DataStore store = new DataStore(data);
        return hostile.keySet().stream()
                .filter(f -> store.catalogEntry(DataStore.docIdOf(f.getFileName().toString())).isPresent()).count();
    }

    private static CommandRun ingest(Path folder, Path data) {
        return CommandRun.of("ingest", folder.toString(), "--data", data.toString(),
                "--parse-memory", "256", "--parse-timeout", "40");
    }
}
