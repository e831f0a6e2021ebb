package nl.regioplan.pipeline.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.route.SharedCorpusFixture;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.web.WebRoutes;
import nl.regioplan.pipeline.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's relevance check: the real corpus ingested through the command line (the shared fixture's folder), then every judged page of
 * queries.tsv must be among the first {@value #TOP} hits of its query. Prints the rank of each judged page.
 */
class RelevanceTest {
    private static final int TOP = 5;
    /** Ranks beyond the top are shown up to here, so a failure says how far off a page is. */
    private static final int SHOWN = 50;

    private static Path data;

    record Judgment(String query, String doc, int page, String why) {
    }

    @BeforeAll
    static void ingestTheCorpus() {
        data = SharedCorpusFixture.sharedCorpus().data();
    }

    @Test
    void everyJudgedPageIsInTheTopFiveOfItsQuery() throws Exception {
        assertThat(misses("regioplan search", RelevanceTest::search)).as("judged pages outside the top " + TOP).isEmpty();
    }

    /** The same judgments through the web page's search (passages only, see SearchRequestBuilder.Scope), over real HTTP. */
    @Test
    void everyJudgedPageIsInTheTopFiveOfItsWebSearch() throws Exception {
        DataStore store = new DataStore(data);
        HttpClient http = HttpClient.newHttpClient();
        try (PlanIndex index = PlanIndex.open(store.indexDir());
             WebServer server = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index))) {
            List<String> misses = misses("/api/search", query -> {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.uri() + "api/search?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                return DataStore.json().readTree(answer.body());
            });
            assertThat(misses).as("judged pages outside the web's top " + TOP).isEmpty();
        }
    }

    interface Search {
        JsonNode hitsOf(String query) throws Exception;
    }

    private static List<String> misses(String where, Search searcher) throws Exception {
        Map<String, List<Judgment>> byQuery = new LinkedHashMap<>();
        judgments().forEach(j -> byQuery.computeIfAbsent(j.query(), q -> new ArrayList<>()).add(j));
        List<String> misses = new ArrayList<>();
        StringBuilder table = new StringBuilder(where + "\n"
                + String.format("%-24s %-58s %5s %5s%n", "query", "doc", "page", "rank"));
        for (Map.Entry<String, List<Judgment>> entry : byQuery.entrySet()) {
            JsonNode hits = searcher.hitsOf(entry.getKey()).get("hits");
            for (Judgment judged : entry.getValue()) {
                int rank = rank(hits, judged);
                table.append(String.format("%-24s %-58s %5d %5s%n", judged.query(), judged.doc(), judged.page(),
                        rank > 0 ? Integer.toString(rank) : ">" + hits.size()));
                if (rank < 1 || rank > TOP) {
                    misses.add(judged + " at rank " + (rank > 0 ? rank : ">" + hits.size()));
                }
            }
        }
        System.out.print(table);
        return misses;
    }

    /** 1-based position of the first hit on the judged page, 0 when it is not among the first hits. */
    private static int rank(JsonNode hits, Judgment judged) {
        for (int i = 0; i < hits.size(); i++) {
            JsonNode hit = hits.get(i);
            if (judged.doc().equals(hit.get("doc").asText()) && judged.page() == hit.get("page").asInt()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static JsonNode search(String query) throws IOException {
        CommandRun run = CommandRun.of("search", query, "--data", data.toString(), "--json", "--limit",
                Integer.toString(SHOWN));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return DataStore.json().readTree(run.text());
    }

    private static List<Judgment> judgments() throws IOException {
        List<Judgment> judgments = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RelevanceTest.class.getResourceAsStream("queries.tsv")), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                assertThat(cells).as("query, doc, page, why: " + line).hasSize(4);
                judgments.add(new Judgment(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
            }
        }
        assertThat(judgments).isNotEmpty();
        return judgments;
    }
}
