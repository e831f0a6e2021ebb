package nl.regioplan.pipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.pipeline.export.RecordType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static nl.regioplan.pipeline.web.SampleDataFolder.ACHTERHOEK;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE_PLAN;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE_SAMENWERKING_PAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The JSON API over HTTP, against the real server on a free loopback port over a real data folder. */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;
    static SampleServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SampleServer.start(folder);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void searchRanksPassagesWithDocumentDetailsAndMarkedEscapedSnippets() throws Exception {
        JsonNode result = json(get("/api/search?q=wachttijden"), 200);

        assertThat(result.get("total").asLong()).isEqualTo(2);
        assertThat(result.get("hits")).hasSize(2);
        for (JsonNode hit : result.get("hits")) {
            assertThat(hit.get("snippet").asText()).contains("<mark>wachttijden</mark>");
            assertThat(hit.get("score").asDouble()).isPositive();
            assertThat(hit.get("title").asText()).startsWith("Regioplan");
        }
        JsonNode twente = find(result.get("hits"), "doc", TWENTE_PLAN);
        assertThat(twente.get("region").asText()).isEqualTo(TWENTE);
        assertThat(twente.get("page").asInt()).isEqualTo(2);
        assertThat(twente.get("type").asText()).isEqualTo("regioplan");
        // Plan text is escaped: only the index's own <mark> is markup.
        assertThat(twente.get("snippet").asText()).contains("&amp;").contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void facetsCountAllMatchesAndAFilterNarrowsTheHitsButKeepsItsAlternatives() throws Exception {
        JsonNode all = json(get("/api/search?q=wachttijden"), 200);
        assertThat(all.at("/facets/region/" + TWENTE).asLong()).isEqualTo(1);
        assertThat(all.at("/facets/region/" + ACHTERHOEK).asLong()).isEqualTo(1);
        assertThat(all.get("facets").fieldNames()).toIterable().containsExactly("region", "theme", "party", "type", "year");

        JsonNode twente = json(get("/api/search?q=wachttijden&region=" + TWENTE), 200);
        assertThat(twente.get("total").asLong()).isEqualTo(1);
        assertThat(twente.get("hits").get(0).get("region").asText()).isEqualTo(TWENTE);
        assertThat(twente.at("/facets/region/" + ACHTERHOEK).asLong()).isEqualTo(1);
    }

    @Test
    void everyFilterOfTheSearchNarrowsToItsPassages() throws Exception {
        assertThat(total("/api/search?theme=B&region=" + TWENTE)).isEqualTo(TWENTE_SAMENWERKING_PAGES);
        assertThat(total("/api/search?party=Menzis")).isEqualTo(TWENTE_SAMENWERKING_PAGES + 1);
        assertThat(total("/api/search?year=2025")).isEqualTo(2);
        assertThat(total("/api/search?type=nat_akkoord")).isEqualTo(1);
        assertThat(total("/api/search?q=samenwerking&region=" + ACHTERHOEK)).isEqualTo(1);
    }

    @Test
    void aBlankQueryFindsEveryPassage() throws Exception {
        assertThat(total("/api/search")).isEqualTo(3 + TWENTE_SAMENWERKING_PAGES + 1 + 3 + 1);
        assertThat(total("/api/search?q=")).isEqualTo(total("/api/search"));
    }

    @Test
    void resultsComeTwentyToAPageWithoutOverlap() throws Exception {
        String query = "/api/search?q=samenwerking&region=" + TWENTE;
        JsonNode first = json(get(query), 200);
        JsonNode second = json(get(query + "&page=2"), 200);

        // one hit a page: the page with two matching passages is one hit, and the hit count says so
        assertThat(first.get("total").asLong()).isEqualTo(TWENTE_SAMENWERKING_PAGES + 1);
        assertThat(first.get("hitCount").asLong()).isEqualTo(TWENTE_SAMENWERKING_PAGES);
        assertThat(first.get("hits")).hasSize(20);
        assertThat(second.get("hits")).hasSize(TWENTE_SAMENWERKING_PAGES - 20);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        Set<Integer> pages = new HashSet<>();
        for (JsonNode hit : first.get("hits")) pages.add(hit.get("page").asInt());
        for (JsonNode hit : second.get("hits")) assertThat(pages.add(hit.get("page").asInt())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=twee", "page=100000", "year=twintig"})
    void aBadSearchParameterIs400NamingIt(String parameter) throws Exception {
        HttpResponse<byte[]> response = get("/api/search?q=zorg&" + parameter);
        assertThat(error(response, 400)).contains(parameter.substring(0, parameter.indexOf('=')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(wachttijden", "\"wachttijden", "wachttijden AND", "zorg)"})
    void aMalformedQueryIs400WithTheParsersMessage(String query) throws Exception {
        String message = error(get("/api/search?q=" + encode(query)), 400);
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void targetsAreListedWithTheirDocumentsRegionAndFilterLikeThePage() throws Exception {
        assertThat(json(get("/api/targets"), 200)).hasSize(5);
        assertThat(json(get("/api/targets?region=twente"), 200)).hasSize(3);
        assertThat(json(get("/api/targets?theme=G"), 200)).hasSize(2);
        assertThat(json(get("/api/targets?year=2025"), 200)).hasSize(2);
        assertThat(json(get("/api/targets?kind=ambition"), 200)).hasSize(1);
        JsonNode hybride = json(get("/api/targets?region=Twente&theme=i&year=2027&kind=outcome&format=json"), 200);
        assertThat(hybride).hasSize(1);
        assertThat(hybride.get(0).get("quantity").asDouble()).isEqualTo(30.0);
        assertThat(hybride.get(0).get("doc").asText()).isEqualTo(TWENTE_PLAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme=Z", "year=volgend", "year=99999", "kind=wens", "format=xml"})
    void aBadTargetFilterIs400NamingIt(String parameter) throws Exception {
        assertThat(error(get("/api/targets?" + parameter), 400)).isNotBlank();
    }

    @Test
    void targetsAsCsvAreADownloadOfTheSameRowsWithTheExportColumns() throws Exception {
        HttpResponse<byte[]> response = get("/api/targets?region=Twente&format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename=\"regioplan-doelen.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).isEqualTo(RecordType.TARGETS.typedTable().header())
                .contains("deadline_year", "deadline_date").doesNotContain("deadline");
        JsonNode asJson = json(get("/api/targets?region=Twente"), 200);
        assertThat(rows).hasSize(asJson.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("text")).isEqualTo(asJson.get(i).get("text").asText());
            assertThat(rows.get(i).get("region")).isEqualTo(TWENTE);
        }
    }

    @Test
    void measurabilityHasARowPerPlanWithTargetsAndItsCountsAddUpToTheTargets() throws Exception {
        JsonNode rows = json(get("/api/measurability"), 200);
        JsonNode targets = json(get("/api/targets"), 200);
        long total = 0;
        for (JsonNode m : rows) {
            int n = m.get("targets").asInt();
            total += n;
            assertThat(n).isPositive();
            for (String field : List.of("withDeadline", "withQuantity", "withBaseline", "withParty")) {
                assertThat(m.get(field).asInt()).as(field).isBetween(0, n);
            }
            long dated = 0;
            for (JsonNode t : targets) {
                if (t.get("doc").asText().equals(m.get("doc").asText()) && !t.get("deadline").isNull()) dated++;
            }
            assertThat(m.get("withDeadline").asLong()).isEqualTo(dated);
        }
        assertThat(total).isEqualTo(targets.size());
    }

    @Test
    void theMatrixHasEveryThemeAsAColumnAndEachCellsPassagesAreItsDrillDownSearchTotal() throws Exception {
        JsonNode matrix = json(get("/api/themes/matrix"), 200);
        assertThat(matrix.get("measure").asText()).isEqualTo("share");
        List<String> codes = new ArrayList<>();
        matrix.get("themes").forEach(t -> codes.add(t.get("code").asText()));
        assertThat(codes).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "W");
        assertThat(matrix.get("themes").get(0).get("label").asText()).isEqualTo("Passende zorg");

        List<String> regions = new ArrayList<>();
        long cells = 0;
        for (JsonNode row : matrix.get("rows")) {
            String region = row.get("region").asText();
            regions.add(region);
            for (int i = 0; i < codes.size(); i++) {
                long passages = row.get("passages").get(i).asLong();
                cells += passages;
                assertThat(total("/api/search?region=" + encode(region) + "&theme=" + codes.get(i)))
                        .as("%s x %s", region, codes.get(i)).isEqualTo(passages);
            }
        }
        // The national accord names no region: it is the Landelijk row, not left out.
        assertThat(regions).containsExactlyInAnyOrder(ACHTERHOEK, "Landelijk", TWENTE);
        assertThat(cells).isEqualTo(4 + 3 + TWENTE_SAMENWERKING_PAGES + 1);
    }

    @Test
    void theMatrixSharesArePagesOfEachRegionsPlansCarryingTheTheme() throws Exception {
        JsonNode twente = find(json(get("/api/themes/matrix"), 200).get("rows"), "region", TWENTE);
        // Theme B: one passage on each of 23 of the plan's 30 pages.
        assertThat(twente.get("values").get(1).asDouble()).isCloseTo(100.0 * TWENTE_SAMENWERKING_PAGES / 30, within(0.01));
        assertThat(twente.get("pages").asInt()).isEqualTo(30);
        JsonNode counts = find(json(get("/api/themes/matrix?measure=passages"), 200).get("rows"), "region", TWENTE);
        assertThat(counts.get("values").get(1).asDouble()).isEqualTo(TWENTE_SAMENWERKING_PAGES);
        assertThat(error(get("/api/themes/matrix?measure=gevoel"), 400)).contains("gevoel");
    }

    @Test
    void theRegionFacetCountsPassagesWithoutARegionAsLandelijk() throws Exception {
        JsonNode all = json(get("/api/search"), 200);
        assertThat(all.at("/facets/region/Landelijk").asLong()).isEqualTo(1);
        JsonNode national = json(get("/api/search?region=Landelijk"), 200);
        assertThat(national.get("total").asLong()).isEqualTo(1);
        assertThat(national.get("hits").get(0).get("region").asText()).isEqualTo("Landelijk");
        assertThat(national.get("hits").get(0).get("doc").asText()).isEqualTo(SampleDataFolder.IZA);
    }

    @Test
    void targetsComeAsExcelNlCsvAndXlsxWithTheFiltersOfThePage() throws Exception {
        HttpResponse<byte[]> csv = get("/api/targets?region=Twente&text=hybride&format=excel-nl");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(";");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("quantity")).isEqualTo("30");

        HttpResponse<byte[]> xlsx = get("/api/targets?region=Twente&format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("regioplan-doelen.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void documentsAreTheCatalogAndOneDocumentCountsItsRecords() throws Exception {
        JsonNode list = json(get("/api/documents"), 200);
        assertThat(list).hasSize(3);
        assertThat(find(list, "doc", TWENTE_PLAN).get("title").asText()).isEqualTo("Regioplan IZA Twente");

        JsonNode twente = json(get("/api/documents/" + TWENTE_PLAN), 200);
        assertThat(twente.get("title").asText()).isEqualTo("Regioplan IZA Twente");
        assertThat(twente.get("region").asText()).isEqualTo(TWENTE);
        assertThat(twente.at("/records/targets").asInt()).isEqualTo(3);
        assertThat(twente.at("/records/passages").asInt()).isEqualTo(3 + TWENTE_SAMENWERKING_PAGES + 1);
    }

    @Test
    void aQueryParameterCannotStandInForTheDocumentInThePath() throws Exception {
        assertThat(json(get("/api/documents/" + TWENTE_PLAN + "?doc=nat-iza-2022"), 200).get("doc").asText())
                .isEqualTo(TWENTE_PLAN);
    }

    @Test
    void thePdfIsServedInlineAsTheStoredBytes() throws Exception {
        HttpResponse<byte[]> response = get("/api/documents/" + TWENTE_PLAN + "/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;").contains(TWENTE_PLAN + ".pdf");
        assertThat(response.body()).isEqualTo(Files.readAllBytes(server.store().rawPdf(TWENTE_PLAN)));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(30);
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(7);
            page.setEndPage(7);
            assertThat(page.getText(pdf)).contains("Pagina 7");
        }
    }

    @Test
    void anUnknownDocumentIs404() throws Exception {
        assertThat(error(get("/api/documents/regioplan-nergens"), 404)).contains("regioplan-nergens");
        assertThat(error(get("/api/documents/regioplan-nergens/pdf"), 404)).contains("regioplan-nergens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2F..%2Fetc%2Fpasswd", "..%2Fsecret", "..%5Csecret", "secret%00", "%2E%2E",
            "..", "%2Fetc%2Fpasswd", "a%2F..%2F..%2Fsecret", "%E2%80%AE..", "%25zz"})
    void aDocumentIdWithPathCharactersNeverReachesTheFileSystem(String id) throws Exception {
        Files.writeString(folder.resolve("secret.pdf"), "%PDF- not for the web");
        Files.writeString(folder.resolve("data").resolve("secret.pdf"), "%PDF- not for the web");
        for (String path : List.of("/api/documents/" + id, "/api/documents/" + id + "/pdf")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("not for the web");
            assertThat(json(response, response.statusCode()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void anUnknownPathIs404InJson() throws Exception {
        assertThat(error(get("/api/nothing"), 404)).contains("/api/nothing");
        assertThat(error(get("/assets/nothing.js"), 404)).isNotBlank();
        assertThat(error(get("/assets/..%2Fweb%2FWebServer.class"), 404)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void anythingButGetIs405InJson(String method) throws Exception {
        for (String path : List.of("/api/search", "/api/documents/" + TWENTE_PLAN, "/")) {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(error(response, 405)).contains(method);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
    }

    @Test
    void thePageAndItsAssetsComeFromTheAppAndNameNothingOutside() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"nl\"").contains("/assets/app.js").contains("/assets/app.css");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");
        for (String asset : List.of("app.js", "app.css", "icon.svg")) {
            HttpResponse<byte[]> response = get("/assets/" + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            // An SVG names its XML namespace with a URL that is never fetched.
            String text = new String(response.body(), StandardCharsets.UTF_8).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assertThat(text).as(asset).doesNotContainPattern("(?i)https?:|url\\(\\s*['\"]?//|@import");
        }
        assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
        assertThat(get("/assets/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void aFailureInsideTheServerIs500WithAMessageAndNoStackTrace(@TempDir Path other) throws Exception {
        try (SampleServer broken = SampleServer.start(other)) {
            Files.writeString(broken.store().root().resolve("records").resolve(TWENTE_PLAN + ".json"), "{ not json");
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(broken.uri().resolve("/api/targets")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(error(response, 500)).isNotBlank();
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java");
        }
    }

    private static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Raw, as given: the tests choose the exact bytes of the path, encoded or not. */
    private static URI uri(String pathAndQuery) {
        return URI.create(server.uri().toString().replaceAll("/$", "") + pathAndQuery);
    }

    private static long total(String pathAndQuery) throws Exception {
        return json(get(pathAndQuery), 200).get("total").asLong();
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<byte[]> response, int status) throws IOException {
        JsonNode body = json(response, status);
        assertThat(body.has("error")).as(body.toString()).isTrue();
        return body.get("error").asText();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) if (node.get(field).asText().equals(value)) return node;
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
