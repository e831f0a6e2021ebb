package nl.regioplan.extractors.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DutchTokenizerTest {
    private final DutchTokenizer tokenizer = new DutchTokenizer();

    @Test
    void keepsAbbreviationsAndNumbersWhole() {
        assertThat(tokenizer.tokenize("Het verzuim is t.o.v. 2020 gedaald tot 3,4% bij 1.500 medewerkers."))
                .containsExactly("Het", "verzuim", "is", "t.o.v.", "2020", "gedaald", "tot", "3,4", "%", "bij",
                        "1.500", "medewerkers", ".");
    }

    @Test
    void splitsBracketsAndCommas() {
        assertThat(tokenizer.tokenize("De GGZ (curatief), o.a. de wijkteams."))
                .containsExactly("De", "GGZ", "(", "curatief", ")", ",", "o.a.", "de", "wijkteams", ".");
    }
}
