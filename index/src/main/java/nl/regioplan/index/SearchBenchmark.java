package nl.regioplan.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import nl.regioplan.index.search.SearchRequest;

/**
 * Search latency of a plan index: each query is run once on a freshly opened index (cold: first use of the
 * commit, the JIT and the OS page cache as they are), then {@value #WARM_ROUNDS} more times (warm). A search
 * is the full request the web and CLI make: parse, match, facet counts (drill sideways), highlighting of the
 * first {@value SearchRequest#DEFAULT_LIMIT} hits.
 *
 * <p>Run: {@code java ... nl.regioplan.index.SearchBenchmark INDEX_DIR [QUERIES_FILE]} (one query per line).
 */
public final class SearchBenchmark {
    public static final int WARM_ROUNDS = 20;
    private static final int SLOWEST_SHOWN = 5;

    /** Typical researcher queries: words, compounds, abbreviations, phrases, filters, ranges, boolean mixes. */
    public static final List<String> DEFAULT_QUERIES = List.of(
            "personeel", "tekorten", "wachttijden", "ggz", "geestelijke gezondheidszorg", "clienten",
            "\"administratieve lasten\"", "\"gezond en actief leven akkoord\"", "preventie AND jongeren",
            "huisarts OR huisartsenpost", "mantelzorg", "wijkverpleging", "digitale zorg", "eenzaamheid ouderen",
            "arbeidsmarkt", "valpreventie", "SPUK", "Wmo", "Wlz", "IZA", "regiobeeld", "transformatiemiddelen",
            "year:[2025 TO 2030]", "year:2026 AND preventie", "zorg*", "\"passende zorg\"~3",
            "(ggz OR jeugd) AND NOT wachttijden", "sociaal domein", "gezondheidsverschillen", "");

    private SearchBenchmark() {
    }

    /** Latencies in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max) {
        public static Latency of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latency(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
        }
    }

    public record Figures(int queries, Latency cold, Latency warm, long indexBytes, int documents, long records) {
    }

    public static Figures run(PlanIndex index, List<String> queries) throws IOException {
        return run(index, queries, System.out);
    }

    public static Figures run(PlanIndex index, List<String> queries, PrintStream out) throws IOException {
        List<Long> cold = new ArrayList<>();
        for (String query : queries) {
            cold.add(time(index, query));
        }
        List<Long> warm = new ArrayList<>();
        Map<String, List<Long>> perQuery = new LinkedHashMap<>();
        for (int round = 0; round < WARM_ROUNDS; round++) {
            for (String query : queries) {
                long nanos = time(index, query);
                warm.add(nanos);
                perQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(nanos);
            }
        }
        Figures figures = new Figures(queries.size(), Latency.of(cold), Latency.of(warm), index.sizeInBytes(),
                index.documents().size(), index.search(SearchRequest.of("")).total());
        print(figures, out);
        perQuery.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Long>> e) -> -Latency.of(e.getValue()).p50()))
                .limit(SLOWEST_SHOWN)
                .forEach(e -> out.printf(Locale.ROOT, "  slow: %-40s warm p50 %.2f ms%n", "'" + e.getKey() + "'",
                        Latency.of(e.getValue()).p50()));
        return figures;
    }

    private static long time(PlanIndex index, String query) throws IOException {
        long start = System.nanoTime();
        index.search(SearchRequest.of(query));
        return System.nanoTime() - start;
    }

    public static void print(Figures figures, PrintStream out) {
        out.printf(Locale.ROOT, "index: %d documents, %d records, %.1f MB%n", figures.documents(), figures.records(),
                figures.indexBytes() / 1e6);
        out.printf(Locale.ROOT, "cold (%d searches):  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                figures.queries(), figures.cold().p50(), figures.cold().p95(), figures.cold().p99(), figures.cold().max());
        out.printf(Locale.ROOT, "warm (%d searches): p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                figures.queries() * WARM_ROUNDS, figures.warm().p50(), figures.warm().p95(), figures.warm().p99(),
                figures.warm().max());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark INDEX_DIR [QUERIES_FILE]");
            System.exit(2);
        }
        List<String> queries = args.length > 1
                ? Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream().map(String::strip).toList()
                : DEFAULT_QUERIES;
        try (PlanIndex index = PlanIndex.open(Path.of(args[0]))) {
            run(index, queries);
        }
    }
}
