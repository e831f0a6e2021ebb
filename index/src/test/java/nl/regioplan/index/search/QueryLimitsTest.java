package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.PlanAnalyzers;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search costs at most what {@link QueryLimits} allows, and says in English and Dutch what to change. */
class QueryLimitsTest {
    private final PlanQueryParser parser = new PlanQueryParser(PlanAnalyzers.forQueries());

    @Test
    void twentyThousandNestedParenthesesAreRefusedWithAMessageNotAStackOverflow() {
        String deep = "(".repeat(20_000) + "zorg" + ")".repeat(20_000);
        assertThatThrownBy(() -> parser.parse(deep)).isInstanceOf(QueryTooCostlyException.class)
                .hasMessageContaining("characters long");
        // Even without the length and depth bounds the parser's recursion ends in a message, not a crash.
        PlanQueryParser unbounded = new PlanQueryParser(PlanAnalyzers.forQueries(),
                new QueryLimits(1_000_000, 1_000_000, 1_000_000, 1_000, 1_000, 1_000, Duration.ofSeconds(3)));
        assertThatThrownBy(() -> unbounded.parse(deep)).isInstanceOf(QueryTooCostlyException.class)
                .hasMessageContaining("nests parentheses too deeply");
    }

    @Test
    void nestingIsReadUpToTheDepthLimit() {
        int depth = QueryLimits.DEFAULT.maxDepth();
        assertThat(parser.parse("(".repeat(depth) + "zorg" + ")".repeat(depth))).isNotNull();
        assertThatThrownBy(() -> parser.parse("(".repeat(depth + 1) + "zorg" + ")".repeat(depth + 1)))
                .isInstanceOfSatisfying(QueryTooCostlyException.class,
                        e -> assertThat(e.dutchMessage()).contains("haakjes").contains(Integer.toString(depth)));
    }

    @Test
    void eachKindOfCostlyTermIsCountedAsTyped() {
        assertThat(parser.parse(joined("w%d~2", QueryLimits.DEFAULT.maxFuzzy()))).isNotNull();
        assertThatThrownBy(() -> parser.parse(joined("w%d~2", QueryLimits.DEFAULT.maxFuzzy() + 1)))
                .hasMessageContaining("fuzzy words");
        assertThatThrownBy(() -> parser.parse(joined("w%d*", QueryLimits.DEFAULT.maxWildcards() + 1)))
                .hasMessageContaining("wildcard");
        // One phrase searches four fields; it counts once.
        assertThat(parser.parse(joined("\"zorg %d\"", QueryLimits.DEFAULT.maxPhrases()))).isNotNull();
        assertThatThrownBy(() -> parser.parse(joined("\"zorg %d\"", QueryLimits.DEFAULT.maxPhrases() + 1)))
                .isInstanceOfSatisfying(QueryTooCostlyException.class,
                        e -> assertThat(e.dutchMessage()).contains("woordgroepen"));
        assertThatThrownBy(() -> parser.parse(joined("w%d", QueryLimits.DEFAULT.maxClauses() + 1)))
                .hasMessageContaining("search terms");
    }

    @Test
    void aSearchPastItsDeadlineIsRefusedNotAnsweredWithSomeOfItsMatches(@TempDir Path dir) throws IOException {
        List<PassageEntry> passages = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            passages.add(new PassageEntry("plan", 1 + i / 10, "paragraph", "Zorg", "Zorg en welzijn in de regio, deel " + i,
                    List.of("B"), List.of(), List.of()));
        }
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.replace(new IndexedDocument(new DocumentEntry("plan", "Plan", "Twente", "regioplan", 300,
                    "0".repeat(64), null, null, "plan.pdf"), passages, List.of()));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            FacetedSearcher searcher = new FacetedSearcher(reader);
            PlanSearch patient = new PlanSearch();
            assertThat(patient.search(searcher, SearchRequest.of("zorg")).total()).isEqualTo(3_000);
            PlanSearch hasty = new PlanSearch(new QueryLimits(4_000, 20, 64, 16, 4, 8, Duration.ZERO));
            assertThatThrownBy(() -> hasty.search(searcher, SearchRequest.of("zorg")))
                    .isInstanceOfSatisfying(QueryTooCostlyException.class,
                            e -> assertThat(e.dutchMessage()).contains("afgebroken"));
            // with a filter the search goes through drill sideways, which scores document by document
            assertThat(patient.search(searcher, SearchRequest.of("zorg").filter(Facet.THEME, "B")).total()).isEqualTo(3_000);
            assertThatThrownBy(() -> hasty.search(searcher, SearchRequest.of("zorg").filter(Facet.THEME, "B")))
                    .isInstanceOfSatisfying(QueryTooCostlyException.class,
                            e -> assertThat(e.dutchMessage()).contains("afgebroken"));
            assertThatThrownBy(() -> hasty.search(searcher, SearchRequest.of("\"zorg en welzijn\"")))
                    .isInstanceOf(QueryTooCostlyException.class);
        }
    }

    private static String joined(String pattern, int count) {
        return IntStream.range(0, count).mapToObj(pattern::formatted).collect(Collectors.joining(" OR "));
    }
}
