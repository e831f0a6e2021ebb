package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.themes.RegionComparison;
import nl.regioplan.pipeline.web.WebRoutes;
import nl.regioplan.pipeline.web.WebServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's promise on real documents: for one data folder (../shared/corpus/pdf, the sample corpus and the bad
 * files), the theme matrix (web and {@code themes}), the region facet (web and {@code search}), /api/targets,
 * /api/documents, /api/measurability, the exports, {@code documents}, {@code trace} and {@code compare} name the
 * same regions and count the same documents, passages and targets in each, every row included (Landelijk too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameRegionsInEveryViewTest {
    private String data;
    private PlanIndex index;
    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private List<String> regions;
    private JsonNode matrixPassages;
    private JsonNode matrixTargets;

    @BeforeAll
    void serveTheFixture() throws Exception {
        DataStore store = new DataStore(SharedCorpusFixture.sharedSampleAndBadFiles().data());
        data = store.root().toString();
        index = PlanIndex.open(store.indexDir());
        server = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index));
        matrixPassages = get("/api/themes/matrix?measure=passages");
        matrixTargets = get("/api/themes/matrix?measure=targets");
        regions = new ArrayList<>();
        matrixPassages.get("rows").forEach(r -> regions.add(r.get("region").asText()));
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) server.close();
        if (index != null) index.close();
    }

    @Test
    void everyViewNamesTheSameRegions() throws Exception {
        assertThat(regions).contains("Achterhoek", "Midden-IJssel", "Flevoland", PlanDocument.NATIONAL)
                .doesNotContain(PlanDocument.UNKNOWN_REGION).doesNotHaveDuplicates();
        TreeSet<String> expected = new TreeSet<>(regions);

        assertThat(new TreeSet<>(csvColumn(cli("themes", "--format", "csv"), "region"))).as("themes").isEqualTo(expected);
        assertThat(new TreeSet<>(countsOf(get("/api/search").get("facets").get("region")).keySet()))
                .as("web region facet").isEqualTo(expected);
        assertThat(new TreeSet<>(countsOf(json(cli("search", "*:*", "--json", "--limit", "1")).get("facets").get("region")).keySet()))
                .as("search --json region facet").isEqualTo(expected);
        assertThat(new TreeSet<>(fieldOf(json(cli("documents", "--json")), "region"))).as("documents").isEqualTo(expected);
        assertThat(new TreeSet<>(fieldOf(get("/api/documents"), "region"))).as("/api/documents").isEqualTo(expected);
        assertThat(new TreeSet<>(jsonl(cli("export", "passages", "--format", "jsonl")).keySet())).as("export passages")
                .isEqualTo(expected);
        assertThat(expected).as("regions with targets").containsAll(countBy(get("/api/targets"), "region").keySet());

        CommandRun compare = CommandRun.of(withData("compare", regions.toArray(String[]::new)));
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.text()).contains("Comparing " + regions.size() + " regions");
    }

    @Test
    void documentsPassagesAndTargetsPerRegionAgree() throws Exception {
        Map<String, Long> documents = new TreeMap<>();
        Map<String, Long> withTargets = new TreeMap<>();
        matrixPassages.get("rows").forEach(r -> documents.put(r.get("region").asText(), r.get("documents").asLong()));
        assertThat(countBy(json(cli("documents", "--json")), "region")).as("documents per region").isEqualTo(documents);
        assertThat(countBy(get("/api/documents"), "region")).as("/api/documents per region").isEqualTo(documents);

        Map<String, Long> passages = countsOf(get("/api/search").get("facets").get("region"));
        assertThat(jsonl(cli("export", "passages", "--format", "jsonl"))).as("exported passages per region").isEqualTo(passages);

        Map<String, Long> targets = countBy(get("/api/targets"), "region");
        assertThat(jsonl(cli("export", "targets", "--format", "jsonl"))).as("exported targets per region").isEqualTo(targets);
        get("/api/measurability").forEach(m -> withTargets.merge(m.get("region").asText(), m.get("targets").asLong(), Long::sum));
        withTargets.values().removeIf(n -> n == 0);
        assertThat(withTargets).as("measurability per region").isEqualTo(targets);
        for (String region : targets.keySet()) {
            assertThat(get("/api/targets?region=" + encode(region)).size()).as("/api/targets?region=" + region)
                    .isEqualTo(targets.get(region).intValue());
            assertThat(jsonl(cli("export", "targets", "--format", "jsonl", "--region", region)))
                    .as("export targets --region " + region).isEqualTo(Map.of(region, targets.get(region)));
        }
        long total = json(cli("status", "--json")).at("/records/targets").asLong();
        assertThat(targets.values().stream().mapToLong(Long::longValue).sum()).as("status targets").isEqualTo(total);
    }

    @Test
    void everyMatrixCellIsItsSearchItsTraceAndItsComparison() throws Exception {
        List<IzaTheme> themes = IzaTheme.all();
        RegionComparison comparison = RegionComparison.of(PlanDocument.load(new DataStore(java.nio.file.Path.of(data))), regions);
        List<CSVRecord> cliMatrix = csv(cli("themes", "--format", "csv", "--measure", "passages"));
        List<CSVRecord> cliTargets = csv(cli("themes", "--format", "csv", "--measure", "targets"));
        int compared = 0;
        for (int t = 0; t < themes.size(); t++) {
            String code = themes.get(t).code();
            Map<String, Long> traced = new TreeMap<>();
            for (CSVRecord row : csv(cli("trace", code, "--format", "csv"))) {
                if (row.get("record").equals("target")) traced.merge(row.get("region"), 1L, Long::sum);
            }
            Map<String, Long> themedTargets = countBy(get("/api/targets?theme=" + code), "region");
            assertThat(traced).as("trace " + code + " targets per region").isEqualTo(themedTargets);
            for (int r = 0; r < regions.size(); r++) {
                String region = regions.get(r);
                String cell = region + " x " + code;
                long passages = matrixPassages.get("rows").get(r).get("values").get(t).asLong();
                long targets = matrixTargets.get("rows").get(r).get("values").get(t).asLong();
                assertThat(matrixPassages.get("rows").get(r).get("passages").get(t).asLong()).as(cell).isEqualTo(passages);
                assertThat(cliMatrix.get(r).get("region")).isEqualTo(region);
                assertThat(Long.parseLong(cliMatrix.get(r).get(code))).as("themes " + cell).isEqualTo(passages);
                assertThat(Long.parseLong(cliTargets.get(r).get(code))).as("themes --measure targets " + cell).isEqualTo(targets);
                assertThat(get("/api/search?region=" + encode(region) + "&theme=" + code).get("total").asLong())
                        .as("search " + cell).isEqualTo(passages);
                assertThat(themedTargets.getOrDefault(region, 0L)).as("/api/targets " + cell).isEqualTo(targets);
                RegionComparison.RegionCounts counts = comparison.themes().get(t).byRegion().get(region);
                assertThat(counts.passages()).as("compare passages " + cell).isEqualTo(passages);
                assertThat(counts.targets()).as("compare targets " + cell).isEqualTo(targets);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(regions.size() * themes.size());
    }

    private String cli(String command, String... args) {
        CommandRun run = CommandRun.of(withData(command, args));
        assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
        return run.text();
    }

    private String[] withData(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data));
        return all.toArray(String[]::new);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return DataStore.json().readTree(answer.body());
    }

    private static JsonNode json(String text) throws IOException {
        return DataStore.json().readTree(text);
    }

    /** Records of an export in JSON Lines, counted by region. */
    private static Map<String, Long> jsonl(String text) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) counts.merge(json(line).get("region").asText(), 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> countBy(JsonNode array, String field) {
        Map<String, Long> counts = new TreeMap<>();
        array.forEach(n -> counts.merge(n.get(field).asText(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Long> countsOf(JsonNode object) {
        Map<String, Long> counts = new TreeMap<>();
        object.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static List<String> fieldOf(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private static List<String> csvColumn(String text, String column) throws IOException {
        return csv(text).stream().map(r -> r.get(column)).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
