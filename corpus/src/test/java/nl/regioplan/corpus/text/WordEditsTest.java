package nl.regioplan.corpus.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordEditsTest {
    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    @Test
    void aMisreadWordIsOneEditAndAMissingOrExtraWordIsOne() {
        assertThat(WordEdits.distance(words("de wachttijd daalt"), words("de wachttjd daalt"))).isEqualTo(1);
        assertThat(WordEdits.distance(words("de wachttijd daalt"), words("de wachttijd daalt sterk"))).isEqualTo(1);
        assertThat(WordEdits.distance(words("de wachttijd daalt"), words("wachttijd daalt"))).isEqualTo(1);
        assertThat(WordEdits.distance(words(""), words("drie losse woorden"))).isEqualTo(3);
        assertThat(WordEdits.distance(words("a b c d"), words("a b c d"))).isZero();
    }

    @Test
    void swappedNeighboursCostTwoEdits() {
        assertThat(WordEdits.distance(words("in 2027 minder"), words("2027 in minder"))).isEqualTo(2);
    }

    @Test
    void theCommonShareIsTwiceTheLongestCommonSubsequenceOverAllWords() {
        // LCS of "a b c d e" and "a x c e" is "a c e": 2 * 3 / (5 + 4)
        assertThat(WordEdits.commonShare(words("a b c d e"), words("a x c e"))).isCloseTo(6.0 / 9, within(1e-12));
        // a misread word is one word both lack, not one edit: 2 * 2 / 6
        assertThat(WordEdits.commonShare(words("de wachttijd daalt"), words("de wachttjd daalt"))).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(WordEdits.commonShare(words("a b"), words("c d"))).isZero();
        assertThat(WordEdits.commonShare(words(""), words(""))).isEqualTo(1);
        assertThat(WordEdits.commonShare(words("a b"), words("a b"))).isEqualTo(1);
    }
}
