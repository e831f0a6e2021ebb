package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.pipeline.cli.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read commands over one real ingest of a regional plan and a national accord: filters that say what they
 * know, the document listing, and the one "Landelijk" row every view shows for the accord.
 */
class IngestedFolderCommandsTest {
    @TempDir
    static Path tmp;
    static String data;

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestPdfs.write(in.resolve("plan-flevoland.pdf"), List.of(
                "Regioplan Flevoland\nIn 2027 zijn de wachttijden in de ggz met 20% gedaald.\nDe GGD werkt samen met de gemeenten.",
                "Mantelzorg\nIn 2026 heeft elke gemeente een steunpunt mantelzorg."));
        TestPdfs.write(in.resolve("besluitenlijst.pdf"), List.of(
                "Besluitenlijst\nDe raad stemt in met de maatschappelijke agenda."));
        TestPdfs.write(in.resolve("akkoord.pdf"), List.of(
                "Integraal Zorgakkoord\nPartijen maken per regio een regioplan over de wachttijden in de ggz."));
        Files.writeString(in.resolve("index.csv"), """
                file,title,publisher,publication_date,document_type,region
                plan-flevoland.pdf,Regioplan Flevoland,Zilveren Kruis,2023-12-01,regioplan,Flevoland
                besluitenlijst.pdf,Besluitenlijst maatschappelijke agenda,Raad van Almere,2024-05-28,municipal_decision_list,
                akkoord.pdf,Integraal Zorgakkoord,VWS,2022-09-16,agreement,
                """);
        data = tmp.resolve("data").toString();
        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("ingested 3 documents");
    }

    private static JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "wachttijden", "--data", data, "--json"));
        all.addAll(List.of(args));
        return CommandRun.json(all.toArray(String[]::new));
    }

    private static List<String> hitRegions(JsonNode result) {
        List<String> regions = new ArrayList<>();
        result.get("hits").forEach(h -> regions.add(h.get("region").asText()));
        return regions;
    }

    @Test
    void aRegionFilterMatchesWhateverTheLetterCase() throws Exception {
        JsonNode result = search("--region", "flevoland");
        assertThat(result.get("total").asInt()).isPositive();
        assertThat(hitRegions(result)).containsOnly("Flevoland");
    }

    @Test
    void anUnknownFilterValueIsOneLineNamingTheValidOnesAndExitTwo() {
        CommandRun region = CommandRun.of("search", "ggz", "--data", data, "--region", "Utrecht");
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err().strip()).doesNotContain("\n")
                .isEqualTo("regioplan: no regions match --region 'Utrecht'; regions: Flevoland, Landelijk");

        CommandRun theme = CommandRun.of("search", "ggz", "--data", data, "--theme", "Z");
        assertThat(theme.exitCode()).isEqualTo(2);
        assertThat(theme.err()).contains("unknown theme 'Z'").contains("A, B, C");

        CommandRun year = CommandRun.of("search", "ggz", "--data", data, "--year", "abc");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(year.err()).contains("--year takes a year such as 2027, not 'abc'");

        CommandRun type = CommandRun.of("search", "ggz", "--data", data, "--type", "begroting");
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("document types: agreement, municipal_decision_list, regioplan");
    }

    @Test
    void aPartyFilterTakesTheStartOfTheFacetValue() throws Exception {
        JsonNode all = search();
        assertThat(all.at("/facets/party").has("GGD (regio)")).as(all.at("/facets/party").toString()).isTrue();
        JsonNode ggd = search("--party", "GGD");
        assertThat(ggd.get("total").asInt()).isPositive();
        assertThat(hitRegions(ggd)).containsOnly("Flevoland");
    }

    @Test
    void documentsListsIdsTitlesRegionsTypesPagesAndRecords() throws Exception {
        JsonNode listed = CommandRun.json("documents", "--data", data, "--json");
        assertThat(listed).hasSize(3);
        JsonNode plan = find(listed, "plan-flevoland");
        assertThat(plan.get("title").asText()).isEqualTo("Regioplan Flevoland");
        assertThat(plan.get("region").asText()).isEqualTo("Flevoland");
        assertThat(plan.get("type").asText()).isEqualTo("regioplan");
        assertThat(plan.get("pages").asInt()).isEqualTo(2);
        assertThat(plan.get("records").asInt()).isPositive();

        CommandRun table = CommandRun.of("documents", "--data", data);
        assertThat(table.exitCode()).isZero();
        assertThat(table.text().lines().findFirst().orElseThrow()).matches("id +title +region +type +pages +records");
        assertThat(table.text()).contains("plan-flevoland").contains("akkoord").contains("3 documents");
    }

    @Test
    void aMunicipalDocumentWhoseTitleNamesNoPlaceTakesItsPublishersRegionNotLandelijk() throws Exception {
        JsonNode listed = CommandRun.json("documents", "--data", data, "--json");
        assertThat(find(listed, "besluitenlijst").get("region").asText()).isEqualTo("Flevoland");
    }

    private static JsonNode find(JsonNode listed, String doc) {
        for (JsonNode d : listed) if (d.get("doc").asText().equals(doc)) return d;
        throw new AssertionError("no " + doc + " in " + listed);
    }

    @Test
    void aNationalDocumentIsTheSameLandelijkRowInSearchExportsThemesAndTheCatalog() throws Exception {
        JsonNode all = search();
        assertThat(all.at("/facets/region").has("Landelijk")).as(all.at("/facets/region").toString()).isTrue();
        assertThat(hitRegions(search("--region", "landelijk"))).containsOnly("Landelijk");

        JsonNode documents = CommandRun.json("documents", "--data", data, "--json");
        assertThat(documents).anySatisfy(d -> {
            assertThat(d.get("doc").asText()).isEqualTo("akkoord");
            assertThat(d.get("region").asText()).isEqualTo("Landelijk");
        });
        assertThat(Files.readString(Path.of(data, "catalog", "akkoord.json"))).contains("\"region\" : \"Landelijk\"");

        CommandRun export = CommandRun.of("export", "passages", "--data", data, "--region", "Landelijk");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.text()).contains("akkoord").doesNotContain("plan-flevoland");

        CommandRun themes = CommandRun.of("themes", "--data", data);
        assertThat(themes.text()).contains("Landelijk").doesNotContain("(onbekend)");
    }
}
