package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code --watch} route: a PDF moved into the polled inbox is ingested while the run keeps going, a changed
 * file replaces its old version in the catalog and the index, and the run closes cleanly. Waits are bounded polls,
 * not timed assertions: the route polls every 2 s and wants a file 2 s old, so a document takes some seconds.
 */
class WatchInboxTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aPdfMovedIntoTheInboxIsIngestedAndAChangedOneReplacesItsOldVersion() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path data = tmp.resolve("data");
        DataStore store = new DataStore(data);

        try (Ingestion watching = Ingestion.open(store, 1, inbox, null)) {
            moveIn(inbox, "plan.pdf", List.of("Valpreventie bij ouderen in de wijk.", "Tweede pagina."));

            CatalogEntry first = awaitPresent(() -> store.catalogEntry("plan"));
            assertThat(first.pages()).isEqualTo(2);
            assertThat(first.source()).endsWith("plan.pdf");
            assertThat(total(data, "valpreventie")).isGreaterThan(0);

            moveIn(inbox, "plan.pdf", List.of("Mantelzorgers krijgen voortaan respijtzorg in de regio."));

            CatalogEntry second = awaitPresent(() -> store.catalogEntry("plan").filter(e -> !e.sha256().equals(first.sha256())));
            assertThat(second.pages()).isEqualTo(1);
            assertThat(total(data, "respijtzorg")).isGreaterThan(0);
            assertThat(total(data, "valpreventie")).isZero();
            assertThat(store.catalog()).hasSize(1);
            assertThat(store.quarantined()).isEmpty();
        }

        assertThat(total(data, "respijtzorg")).as("the index is intact after close").isGreaterThan(0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBadFileDroppedIntoTheInboxIsQuarantinedAndTheWatchGoesOn() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        DataStore store = new DataStore(tmp.resolve("data"));

        try (Ingestion watching = Ingestion.open(store, 1, inbox, null)) {
            Path html = TestPdfs.htmlNamedPdf(tmp);
            Files.move(html, inbox.resolve(html.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            moveIn(inbox, "goed.pdf", List.of("Administratieve lasten dalen met vijf procent."));

            awaitPresent(() -> store.catalogEntry("goed"));
            QuarantineEntry page = awaitPresent(() -> store.quarantined().stream()
                    .filter(q -> q.file().equals("webpagina.pdf")).findFirst());
            assertThat(page.reason()).contains("not a PDF");
            assertThat(store.quarantineDir().resolve("webpagina.pdf")).exists();
        }
    }

    /** Writes the PDF under a name the route ignores, then moves it in whole, as a careful user or script would. */
    private void moveIn(Path inbox, String name, List<String> pages) throws Exception {
        Path part = TestPdfs.write(tmp.resolve(name + ".part"), pages);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static <T> T awaitPresent(Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) return found.get();
            Thread.sleep(100);
        }
        throw new AssertionError("not there within " + PATIENCE.toSeconds() + " s");
    }

    private static int total(Path data, String query) throws Exception {
        return CommandRun.json("search", query, "--data", data.toString(), "--json").get("total").asInt();
    }
}
