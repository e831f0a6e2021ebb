package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.PlanAnalyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One index for all cases: the tests only read it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanQueryParserTest {
    @TempDir
    static Path dir;
    private PlanIndex index;
    private final PlanQueryParser parser = new PlanQueryParser(PlanAnalyzers.forQueries());

    @BeforeAll
    void index() throws IOException {
        index = PlanIndex.open(dir);
        for (IndexedDocument document : SamplePlans.all()) {
            index.replace(document);
        }
    }

    @AfterAll
    void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "record:passage AND region:achterhoek | 3",
            "record:passage AND region:midden-ijssel | 3",
            "record:passage AND region:\"Midden-IJssel\" | 3",
            "record:passage AND theme:h | 3",
            "record:passage AND party:\"ggd ijsselland\" | 1",
            "party:ggd* | 3",
            "record:passage AND year:2025 | 2",
            "record:target AND year:[2026 TO 2027] | 2",
            "year:{2026 TO 2027] | 2",
            "doc:nat-iza-2022 | 2",
            "record:passage AND page:[4 TO 7] | 3",
            "page:9 | 2",
            "type:akkoord | 2",
            "kind:reduction | 2",
            "title:achterhoek AND lasten | 2",
            "section:preventie | 2",
            "subject:jongeren | 1",
            "record:passage AND (wachttijden OR preventie) AND NOT region:achterhoek | 1",
            "text:wachttijd | 1"})
    void friendlyFieldsFilter(String query, long expected) throws IOException {
        assertThat(index.search(SearchRequest.of(query)).total()).isEqualTo(expected);
    }

    @Test
    void anUnknownFieldIsNamedWithItsPosition() {
        assertThatThrownBy(() -> parser.parse("zorg AND regio:achterhoek"))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Unknown field 'regio:' at position 10.").contains("region");
                    assertThat(e.position()).isEqualTo(10);
                });
    }

    @Test
    void anUnclosedPhraseIsPointedOut() {
        assertThatThrownBy(() -> parser.parse("zorg \"administratieve lasten"))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.getMessage()).contains("quote at position 6").contains("closing \"");
                    assertThat(e.position()).isEqualTo(6);
                });
    }

    @Test
    void unbalancedParenthesesArePointedOut() {
        assertThatThrownBy(() -> parser.parse("(zorg OR welzijn")).hasMessageContaining("opened at position 1");
        assertThatThrownBy(() -> parser.parse("zorg) OR welzijn")).hasMessageContaining("closing parenthesis at position 5");
    }

    @Test
    void aDanglingOperatorSaysATermIsMissing() {
        assertThatThrownBy(() -> parser.parse("zorg AND")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("a search term is missing after 'AND'");
    }

    @Test
    void aNumberFieldRejectsWords() {
        assertThatThrownBy(() -> parser.parse("year:volgend")).hasMessageContaining("year: takes a number");
        assertThatThrownBy(() -> parser.parse("region:[a TO b]")).hasMessageContaining("Ranges work on year and page");
    }

    @Test
    void aLeadingWildcardIsExplained() {
        assertThatThrownBy(() -> parser.parse("*zorg")).hasMessageContaining("cannot start a word");
    }

    @Test
    void aSlashIsAnOrdinaryCharacter() throws IOException {
        assertThat(index.search(SearchRequest.of("wachttijden/ggz")).total()).isEqualTo(1);
    }

    @Test
    void plainWordsTypedTogetherLiftRecordsThatHaveThemSideBySideButSyntaxDoesNot() {
        String lift = "~1)^0.5";
        assertThat(parser.parse("wachttijden ggz").toString()).contains(lift);
        assertThat(parser.parse("wachttijden AND ggz").toString()).doesNotContain(lift);
        assertThat(parser.parse("region:Flevoland ggz").toString()).doesNotContain(lift);
        assertThat(parser.parse("\"wachttijden ggz\"").toString()).doesNotContain(lift);
        assertThat(parser.parse("wachttijden").toString()).doesNotContain(lift);
    }
}
