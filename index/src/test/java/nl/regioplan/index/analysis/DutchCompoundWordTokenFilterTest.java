package nl.regioplan.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class DutchCompoundWordTokenFilterTest {
    private static final CharArraySet PARTS = new CharArraySet(List.of("zorg", "personeel", "tekort", "arbeidsmarkt",
            "huis", "arts", "post", "ziekenhuis", "raad", "land", "plan", "werk", "kind", "opvang", "meters", "binding", "voering"), false);

    private static final Analyzer SPLITTER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source, new DutchCompoundWordTokenFilter(source, PARTS, 8, 4, 20));
        }
    };

    private static List<String> split(String word) {
        return AnalyzedIndex.terms(SPLITTER, word);
    }

    @Test
    void partsJoinedDirectlyOrByALinkerAreAdded() {
        assertThat(split("zorgpersoneel")).containsExactly("zorgpersoneel", "zorg", "personeel");
        assertThat(split("personeelstekort")).containsExactly("personeelstekort", "personeel", "tekort");
        assertThat(split("huisartsenpost")).containsExactly("huisartsenpost", "huis", "arts", "post");
        assertThat(split("kinderopvang")).containsExactly("kinderopvang", "kind", "opvang");
    }

    @Test
    void theLastPartMayBeInflected() {
        assertThat(split("arbeidsmarkttekorten")).containsExactly("arbeidsmarkttekorten", "arbeidsmarkt", "tekort");
    }

    @Test
    void aWordThatOnlyContainsAPartIsNotSplit() {
        assertThat(split("vaccinatiegraad")).containsExactly("vaccinatiegraad");
        assertThat(split("ingepland")).containsExactly("ingepland");
        assertThat(split("daadwerkelijk")).containsExactly("daadwerkelijk");
        assertThat(split("implantaten")).containsExactly("implantaten");
    }

    @Test
    void anUnlistedFirstPartStillYieldsALongEnoughHead() {
        assertThat(split("flevoziekenhuis")).containsExactly("flevoziekenhuis", "ziekenhuis");
        assertThat(split("graadmeters")).containsExactly("graadmeters", "meters");
        assertThat(split("thuisloosheid")).containsExactly("thuisloosheid");
    }

    @Test
    void aDerivationalPrefixIsNoCompoundPart() {
        assertThat(split("verbinding")).containsExactly("verbinding");
        assertThat(split("uitvoering")).containsExactly("uitvoering");
    }

    @Test
    void aListedWordAloneAndShortWordsStayWhole() {
        assertThat(split("personeel")).containsExactly("personeel");
        assertThat(split("zorgplan")).containsExactly("zorgplan", "zorg", "plan");
        assertThat(split("huisarts")).containsExactly("huisarts", "huis", "arts");
        assertThat(split("kindplan")).containsExactly("kindplan", "kind", "plan");
        assertThat(split("landwerk")).containsExactly("landwerk", "land", "werk");
        assertThat(split("werkland")).hasSize(3);
        assertThat(split("raadhuis")).containsExactly("raadhuis", "raad", "huis");
        assertThat(split("thuis")).containsExactly("thuis");
    }
}
