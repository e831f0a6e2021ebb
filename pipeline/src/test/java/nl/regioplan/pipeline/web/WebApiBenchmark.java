package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.DataStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints how long each endpoint takes on a corpus-sized data folder (default 51 plans of 40 pages, 10 passages
 * and 1 target a page): median and slowest of 20 warm requests. Run:
 * <pre>
 *   mvn -q -pl pipeline -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -cp pipeline/target/test-classes:pipeline/target/classes:$(cat cp.txt) nl.regioplan.pipeline.web.WebApiBenchmark [plans]
 * </pre>
 */
public final class WebApiBenchmark {
    private static final String[] REGIONS = {"Twente", "Achterhoek", "Zuid-Limburg", "Flevoland", "Drenthe", "Rijnmond",
            "Haaglanden", "Utrecht", "Friesland", "Zeeland", "Kennemerland", "Noord-Holland Noord"};
    private static final String[] WORDS = ("zorg wachttijden ggz huisarts wijkverpleging preventie leefstijl samenwerking "
            + "gemeenten zorgverzekeraar arbeidsmarkt personeel digitale hybride ouderen mantelzorg regiobeeld "
            + "transformatie inwoners gezondheid verschillen acute spoedzorg ziekenhuis monitoring").split(" ");
    private static final List<String> THEMES = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "W");

    private WebApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 51;
        Path folder = Files.createTempDirectory("regioplan-web-bench");
        long start = System.nanoTime();
        DataStore store = write(folder.resolve("data"), plans);
        System.out.printf("data folder: %d plans written in %.1f s (%s)%n", plans, (System.nanoTime() - start) / 1e9, folder);
        try (PlanIndex index = PlanIndex.open(store.indexDir());
             WebServer server = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index))) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/", "/api/status", "/api/documents", "/api/search?q=wachttijden%20ggz",
                    "/api/search?region=Twente&theme=F", "/api/search?q=zorg&page=5", "/api/targets",
                    "/api/targets?region=Twente&theme=F", "/api/targets?format=csv", "/api/themes/matrix",
                    "/api/documents/plan-7/pdf")) {
                measure(http, server.uri(), path);
            }
        }
    }

    private static void measure(HttpClient http, URI base, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build();
        for (int i = 0; i < 3; i++) http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double[] millis = new double[20];
        int status = 0;
        int bytes = 0;
        for (int i = 0; i < millis.length; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis[i] = (System.nanoTime() - t) / 1e6;
            status = response.statusCode();
            bytes = response.body().length;
        }
        Arrays.sort(millis);
        System.out.printf("%-40s %3d %9d bytes  median %7.1f ms  max %7.1f ms%n", path, status, bytes,
                millis[millis.length / 2], millis[millis.length - 1]);
    }

    private static DataStore write(Path folder, int plans) throws Exception {
        DataStore store = new DataStore(folder);
        Random random = new Random(42);
        Path pdf = Files.createTempFile("bench", ".pdf");
        SampleDataFolder.writePdf(pdf, 40);
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            for (int n = 0; n < plans; n++) {
                String doc = "plan-" + n;
                String region = REGIONS[n % REGIONS.length];
                List<PassageRecord> passages = new ArrayList<>();
                List<TargetRecord> targets = new ArrayList<>();
                for (int page = 1; page <= 40; page++) {
                    for (int p = 0; p < 10; p++) {
                        passages.add(new PassageRecord(doc, page, "paragraph", "Hoofdstuk " + page, sentence(random, 45),
                                List.of(THEMES.get(random.nextInt(THEMES.size()))), List.of(), List.of(2025 + random.nextInt(6)), region));
                    }
                    targets.add(new TargetRecord(doc, page, "outcome", "In 2027 " + sentence(random, 15), 2027,
                            (double) random.nextInt(100), "percent", ">=", null, null, "onderwerp", false, region,
                            List.of(THEMES.get(random.nextInt(THEMES.size()))), List.of(), "Doelen", List.of(page), "rule", 0.8));
                }
                DocumentRecords records = new DocumentRecords(doc, region, passages, targets, List.of(), List.of(), List.of(), List.of());
                SampleDataFolder.put(store, index, pdf, records, "Regioplan " + region + " " + n, region, "regioplan", 40);
            }
        }
        Files.delete(pdf);
        return store;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return s.append('.').toString();
    }
}
