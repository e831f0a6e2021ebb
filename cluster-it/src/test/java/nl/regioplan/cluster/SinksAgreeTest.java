package nl.regioplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.regioplan.index.PdfTextCorpus;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.solr.SolrAddress;
import nl.regioplan.solr.SolrSearchIndex;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the same queries give the same top hits on the SolrCloud sink as on the embedded index. The records of
 * the 51 real PDFs of ../shared/corpus/pdf (pdftotext pages as passages, PdfTextCorpus) go into a SolrCloud
 * collection of 2 shards x 2 replicas in this JVM and into a PlanIndex in a child JVM on the built pipeline jar; the
 * relevance queries of the pipeline's queries.tsv and the Dutch-analysis checks must give the same total and the same
 * first hits (document and page, in order) on both.
 */
class SinksAgreeTest {
    private static final int TOP = 10;
    /** What the Dutch analysis promises (README): folding, stems, compounds, abbreviations both ways; and the syntax. */
    private static final List<String> ANALYSIS_CHECKS = List.of("clienten", "cliënten", "wachttijd", "wachttijden",
            "personeel", "zorgpersoneel", "GGZ", "geestelijke gezondheidszorg", "\"geestelijke gezondheidszorg\"",
            "huisartsen", "ziekenhuizen", "regioplannen", "\"administratieve lasten\"", "wachttijden ggz",
            "mantelzorg OR mantelzorgers", "preventie NOT roken", "valprev*", "zorg~1 jeugd", "year:[2025 TO 2030] ggz",
            "region:almere mantelzorg", "party:ggd* preventie", "doc:nat_iza_2022_integraal_zorgakkoord ROAZ", "title:spuk", "record:target");

    @Test
    void theRelevanceQueriesAndTheDutchAnalysisChecksGiveTheSameTopHitsOnBothSinks() throws Exception {
        Path root = Path.of(System.getProperty("regioplan.root", ".."));
        Path pdfs = Path.of(System.getProperty("regioplan.shared", "../shared")).resolve("corpus/pdf");
        assumeTrue(Files.isRegularFile(pdfs.resolve("index.csv")), "no " + pdfs + ": the shared corpus is not beside the checkout");
        Path jar = root.resolve("pipeline/target/regioplan.jar");
        assertThat(jar).as("the pipeline jar (build the whole reactor: mvn verify, or ./regioplan once)").isRegularFile();

        List<String> queries = queries(root);
        Path queryFile = Files.createTempFile("regioplan-queries", ".txt");
        Files.write(queryFile, queries, StandardCharsets.UTF_8);

        long started = System.nanoTime();
        List<IndexedDocument> documents = PdfTextCorpus.read(pdfs);
        Map<String, String> solr = new LinkedHashMap<>();
        Path home = Files.createTempDirectory("regioplan-solrcloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, home).withMetrics(false).build();
        try {
            SolrAddress address = SolrAddress.parse(SolrAddress.SCHEME + cluster.getZkServer().getZkAddress() + "/corpus");
            try (SolrSearchIndex index = SolrSearchIndex.open(address, new SolrSearchIndex.Layout(2, 2))) {
                long indexing = System.nanoTime();
                for (IndexedDocument document : documents) index.replaceWithoutCommit(document);
                index.commit();
                System.out.printf("SolrCloud: %d documents, %d records indexed in %.1f s%n", documents.size(),
                        documents.stream().mapToInt(d -> 1 + d.passages().size() + d.targets().size()).sum(),
                        (System.nanoTime() - indexing) / 1e9);
                for (String query : queries) solr.put(query, line(query, index.search(SearchRequest.of(query).page(TOP, 0))));
                String status = commandLine(jar, "status", "--index", address.toString(), "--json");
                assertThat(status).as("regioplan status --index").containsPattern("\"documents\"\\s*:\\s*" + documents.size() + "\\b")
                        .containsPattern("\"passages\"\\s*:\\s*[1-9]");
                for (String query : List.of("wachttijden ggz", "personeelstekort", "geestelijke gezondheidszorg")) {
                    assertThat(commandLineSearch(jar, address, query)).as("regioplan search '" + query + "' --index " + address)
                            .isEqualTo(solr.get(query));
                }
            }
        } finally {
            cluster.shutdown();
        }
        Map<String, String> embedded = embedded(jar, pdfs, queryFile);
        System.out.printf("both sinks answered %d queries in %.1f s%n", queries.size(), (System.nanoTime() - started) / 1e9);

        List<String> differences = new ArrayList<>();
        for (String query : queries) {
            String mine = solr.get(query);
            String theirs = embedded.get(query);
            if (!mine.equals(theirs)) differences.add(query + "\n  solrcloud: " + mine + "\n  embedded:  " + theirs);
        }
        solr.forEach((query, line) -> System.out.println("  " + query + "\t" + line));
        assertThat(solr.values().stream().filter(line -> !line.startsWith("0/")).count())
                .as("queries that find something (a comparison of empty answers would prove nothing)")
                .isGreaterThan(queries.size() * 3L / 4);
        System.out.println(differences.isEmpty() ? "every query: the same total, hit count and top " + TOP + " on both sinks"
                : String.join("\n", differences));
        assertThat(differences).as("queries whose total, hit count or top " + TOP + " hits differ between the sinks").isEmpty();
    }

    /** total/hitCount TAB doc:page doc:page ..., the line the child JVM prints without its query. */
    private static String line(String query, SearchResult result) {
        return result.total() + "/" + result.hitCount() + "\t" + result.hits().stream().map(hit -> hit.doc() + ":" + hit.page())
                .collect(Collectors.joining(" "));
    }

    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "\"total\"\\s*:\\s*(\\d+)\\s*,\\s*\"hitCount\"\\s*:\\s*(\\d+)");
    private static final java.util.regex.Pattern HIT = java.util.regex.Pattern.compile(
            "\"doc\"\\s*:\\s*\"([^\"]*)\".*?\"page\"\\s*:\\s*(\\d+)", java.util.regex.Pattern.DOTALL);

    /** `regioplan search QUERY --index solr://... --json` on the built jar, as total TAB doc:page ... */
    private static String commandLineSearch(Path jar, SolrAddress address, String query) throws Exception {
        String json = commandLine(jar, "search", query, "--index", address.toString(), "--json");
        java.util.regex.Matcher total = TOTAL.matcher(json);
        assertThat(total.find()).as(json).isTrue();
        List<String> hits = new ArrayList<>();
        String hitsPart = json.substring(json.indexOf("\"hits\""), json.indexOf("\"facets\"") > 0 ? json.indexOf("\"facets\"") : json.length());
        java.util.regex.Matcher hit = HIT.matcher(hitsPart);
        while (hit.find()) hits.add(hit.group(1) + ":" + hit.group(2));
        return total.group(1) + "/" + total.group(2) + "\t" + String.join(" ", hits);
    }

    /** What `regioplan ARGS...` on the built jar prints; it must exit with 0. */
    private static String commandLine(Path jar, String... args) throws Exception {
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--enable-native-access=ALL-UNNAMED", "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        return out;
    }

    private static Map<String, String> embedded(Path jar, Path pdfs, Path queryFile) throws IOException, InterruptedException {
        Path probe = Path.of("src/test/probe/EmbeddedTopHits.java").toAbsolutePath();
        String fixtures = Path.of(PdfTextCorpus.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("regioplan-embedded", ".tsv");
        Process child = new ProcessBuilder(launcher.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", jar + java.io.File.pathSeparator + fixtures, probe.toString(), pdfs.toString(),
                queryFile.toString(), Integer.toString(TOP))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("the embedded index's child JVM finished").isTrue();
        assertThat(child.exitValue()).as("the embedded index's child JVM's exit code").isZero();
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) lines.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return lines;
    }

    private static List<String> queries(Path root) throws IOException {
        Set<String> queries = new LinkedHashSet<>();
        Path judged = root.resolve("pipeline/src/test/resources/nl/regioplan/pipeline/relevance/queries.tsv");
        for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) queries.add(line.split("\t")[0]);
        }
        assertThat(queries).as("relevance queries in " + judged).hasSizeGreaterThan(5);
        queries.addAll(ANALYSIS_CHECKS);
        return new ArrayList<>(queries);
    }
}
