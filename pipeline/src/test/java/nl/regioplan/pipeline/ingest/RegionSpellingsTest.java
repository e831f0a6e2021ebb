package nl.regioplan.pipeline.ingest;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A region a source spells with other capitals than the data folder's catalog is stored under the catalog's spelling. */
class RegionSpellingsTest {
    @TempDir
    Path folder;

    @Test
    void aNewDocumentTakesTheSpellingItsRegionHasInTheCatalog() {
        DataStore store = new DataStore(folder);
        store.putCatalogEntry(new CatalogEntry("noord-plan", "0".repeat(64), "noord-plan.pdf", "Regioplan Noord",
                "Regio Noord", "regioplan", null, null, null, 10, 0, "2026-12-01T00:00:00Z"));
        RegionSpellings spellings = new RegionSpellings(store);

        assertThat(spellings.of("regio noord")).isEqualTo("Regio Noord");
        assertThat(spellings.of(" REGIO NOORD ")).isEqualTo("Regio Noord");
        assertThat(spellings.of(null)).isNull();
    }

    @Test
    void theFirstSpellingOfARegionNewToTheCatalogIsTheOneTheNextDocumentsGet() {
        RegionSpellings spellings = new RegionSpellings(new DataStore(folder));

        assertThat(spellings.of("Regio Zuid")).isEqualTo("Regio Zuid");
        assertThat(spellings.of("regio zuid")).isEqualTo("Regio Zuid");
    }
}
