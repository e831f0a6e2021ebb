package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The publication year is decided once at ingest, with title and region, and the catalog and read model keep it. */
class CatalogPublicationYearTest {
    @TempDir
    Path tmp;

    @Test
    void theCatalogKeepsTheYearTheCatalogueGivesElseTheOneTheTitleNames() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("regioplan-noord-2024-2026.pdf"), List.of("Regioplan Noord\nIn 2027 is de wachttijd korter."));
        TestPdfs.write(in.resolve("plan-zuid.pdf"), List.of("Plan Zuid\nIn 2026 heeft elke gemeente een steunpunt mantelzorg."));
        Files.writeString(in.resolve("index.csv"), """
                file,title,publisher,publication_date,document_type,region
                regioplan-noord-2024-2026.pdf,Regioplan Noord 2024-2026,,,regioplan,Noord
                plan-zuid.pdf,Plan Zuid,,2022-02-01,regioplan,Zuid
                """);
        Path data = tmp.resolve("data");
        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        DataStore store = new DataStore(data);
        // a period "2024-2026" names the plan's first year: it appeared the year before
        assertThat(store.catalogEntry("regioplan-noord-2024-2026").orElseThrow().publicationYear()).isEqualTo(2023);
        assertThat(store.catalogEntry("plan-zuid").orElseThrow().publicationYear()).isEqualTo(2022);
        Map<String, Integer> served = store.readModel().catalog().stream()
                .collect(Collectors.toMap(CatalogEntry::doc, CatalogEntry::publicationYear));
        assertThat(served).containsOnly(Map.entry("regioplan-noord-2024-2026", 2023), Map.entry("plan-zuid", 2022));
    }
}
