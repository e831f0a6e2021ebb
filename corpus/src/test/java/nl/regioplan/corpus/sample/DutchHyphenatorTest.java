package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchHyphenatorTest {
    private final DutchHyphenator hyphenator = new DutchHyphenator();

    private String hyphenated(String word) {
        List<Integer> breaks = hyphenator.breaks(word);
        StringBuilder sb = new StringBuilder(word);
        for (int i = breaks.size() - 1; i >= 0; i--) sb.insert((int) breaks.get(i), "-");
        return sb.toString();
    }

    @Test
    void breaksBetweenDutchSyllables() {
        assertThat(hyphenated("gezondheidsverschillen")).isEqualTo("ge-zond-heids-ver-schil-len");
        assertThat(hyphenated("zorgverzekeraar")).isEqualTo("zorg-ver-ze-ke-raar");
        assertThat(hyphenated("basisstructuur")).isEqualTo("ba-sis-struc-tuur");
        assertThat(hyphenated("toegankelijkheid")).isEqualTo("toe-gan-ke-lijk-heid");
        assertThat(hyphenated("aansluiting")).isEqualTo("aan-slui-ting");
        assertThat(hyphenated("concreter")).isEqualTo("con-cre-ter");
        assertThat(hyphenated("totstandkoming")).isEqualTo("tot-stand-ko-ming");
        assertThat(hyphenated("kostenstijging")).isEqualTo("kos-ten-stij-ging");
    }

    @Test
    void keepsDigraphsTogether() {
        assertThat(hyphenated("wijkverpleging")).isEqualTo("wijk-ver-ple-ging");
        assertThat(hyphenated("samenlachende")).contains("la-chen");
    }

    @Test
    void leavesShortWordsAcronymsAndNonWordsWhole() {
        assertThat(hyphenator.breaks("zorgen")).isEmpty();
        assertThat(hyphenator.breaks("VNG-WOZO")).isEmpty();
        assertThat(hyphenator.breaks("GALA-akkoord")).isEmpty();
        assertThat(hyphenator.breaks("info@sallandunited.nl")).isEmpty();
        assertThat(hyphenator.breaks("2023-2027")).isEmpty();
    }

    @Test
    void leavesAtLeastTwoLettersBeforeAndThreeAfterABreak() {
        assertThat(hyphenator.breaks("ondersteuning")).allSatisfy(at -> assertThat(at).isBetween(2, 10));
    }
}
