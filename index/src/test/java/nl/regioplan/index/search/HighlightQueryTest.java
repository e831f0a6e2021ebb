package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.PlanAnalyzers;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The highlighter runs a query without the optional clauses that cannot mark the body text; every hit's marks
 * must be those of the whole query, for the lifts the parser adds and for queries that mix fields, OR, NOT and
 * nesting.
 */
class HighlightQueryTest {
    @TempDir
    Path dir;

    @Test
    void everyHitGetsTheMarksOfTheWholeQuery() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (IndexedDocument d : SamplePlans.all()) index.replace(d);
        }
        PlanQueryParser parser = new PlanQueryParser(PlanAnalyzers.forQueries());
        List<String> queries = List.of("personeel", "wachttijden ggz", "zorgpersoneel", "\"administratieve lasten\"",
                "zorg*", "title:regioplan AND personeel", "section:personeel OR wachttijden", "personeel AND NOT region:achterhoek",
                "(region:achterhoek OR huisarts) AND personeel", "personeel OR (region:achterhoek AND wachttijden)",
                "ggz AND NOT (title:regioplan OR wachttijden)", "preventie jongeren gezondheid", "year:[2025 TO 2030] personeel",
                "theme:h OR zorg~1");
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            FacetedSearcher searcher = new FacetedSearcher(reader);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, PlanAnalyzers.forIndexing())
                    .withMaxNoHighlightPassages(1).build();
            int marked = 0;
            for (String text : queries) {
                Query query = parser.parse(text);
                TopDocs hits = searcher.search(query, 100);
                String[] whole = highlighter.highlight(Fields.TEXT, query, hits, 2);
                String[] pruned = highlighter.highlight(Fields.TEXT, HighlightQuery.of(query, Fields.TEXT), hits, 2);
                assertThat(pruned).as("snippets of '%s'", text).containsExactly(whole);
                marked += (int) Arrays.stream(whole).filter(s -> s != null && s.contains("<b>")).count();
            }
            assertThat(marked).isGreaterThan(10);
        }
    }

    @Test
    void theLiftsOnOtherFieldsAreLeftOut() {
        Query query = new PlanQueryParser(PlanAnalyzers.forQueries()).parse("personeel");
        assertThat(query.toString()).contains(Fields.TEXT_EXACT + ":", Fields.TITLE + ":");
        String pruned = HighlightQuery.of(query, Fields.TEXT).toString();
        assertThat(pruned).contains(Fields.TEXT + ":").doesNotContain(Fields.TEXT_EXACT + ":", Fields.TITLE + ":",
                Fields.SECTION + ":");
    }
}
