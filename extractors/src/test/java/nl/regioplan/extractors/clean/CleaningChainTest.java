package nl.regioplan.extractors.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Damage seen in the seed texts of real regioplannen, repaired by the standard chain. */
class CleaningChainTest {
    private final CleaningChain chain = CleaningChain.standard(Vocabulary.empty());

    @Test
    void joinsTheLinesOfABlockIntoOneParagraph() {
        assertThat(chain.apply("Op 16 november 2022 werd het Integraal Zorgakkoord \n  ondertekend door 13 partijen."))
                .isEqualTo("Op 16 november 2022 werd het Integraal Zorgakkoord ondertekend door 13 partijen.");
    }

    @Test
    void removesTheStraySpaceBeforeAHyphen() {
        assertThat(chain.apply("Regio -afspraken en werkagenda: de wijze waarop partijen de regio -\nopgaven oppakken"))
                .isEqualTo("Regio-afspraken en werkagenda: de wijze waarop partijen de regio-opgaven oppakken");
        assertThat(chain.apply("zoeken naar (ontwikkel -)ruimte")).isEqualTo("zoeken naar (ontwikkel-)ruimte");
    }

    @Test
    void leavesADashBetweenSpacesAlone() {
        assertThat(chain.apply("preventie - en dat is nodig")).isEqualTo("preventie - en dat is nodig");
    }

    @Test
    void readsTheNotSignAsAQuoteMark() {
        assertThat(chain.apply("de Regiovisie ¬De Gezondste Regio¬ het"))
                .isEqualTo("de Regiovisie \u201CDe Gezondste Regio\u201D het");
    }

    @Test
    void splitsLigaturesAndTheDutchIj() {
        assertThat(chain.apply("ﬁnanciering van de \u0133sselregio")).isEqualTo("financiering van de ijsselregio");
    }

    @Test
    void turnsNonBreakingSpacesIntoSpacesAndDropsControlCharacters() {
        assertThat(chain.apply("65\u00A0jaar\u0007 en\u200B ouder")).isEqualTo("65 jaar en ouder");
    }

    @Test
    void restoresAMissingGlyphFromTheDocumentsOwnWords() {
        CleaningChain withVocabulary = CleaningChain.standard(Vocabulary.of(List.of("Thuis wonen. Langer thuis. Thuis")));
        assertThat(withVocabulary.apply("\u0003uis wonen")).isEqualTo("Thuis wonen");
    }

    @Test
    void dropsAMissingGlyphItCannotRecognise() {
        assertThat(chain.apply("x\u0003yz")).isEqualTo("xyz");
    }
}
