package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final String TEXT = "De regio Midden-IJssel werkt aan gezondheidsverschillen en toegankelijkheid "
            + "van de zorg in samenwerking met de zorgverzekeraar.";

    private static LineBreaker breaker(int width, boolean hyphenate) {
        return new LineBreaker(String::length, width, hyphenate);
    }

    private static String truthOf(List<TypesetLine> lines) {
        StringBuilder sb = new StringBuilder();
        boolean glued = true;
        for (TypesetLine line : lines) {
            if (!glued) sb.append(' ');
            sb.append(line.truth());
            glued = line.joinsNext();
        }
        return sb.toString();
    }

    @Test
    void linesFitTheWidthAndRejoinToTheOriginalText() {
        for (int width : new int[] {12, 19, 26, 33, 40, 47, 54}) {
            List<TypesetLine> lines = breaker(width, true).lines(TEXT);
            assertThat(lines).allSatisfy(line -> assertThat(line.drawn().length()).isLessThanOrEqualTo(width));
            assertThat(truthOf(lines)).isEqualTo(TEXT);
        }
    }

    @Test
    void aBrokenWordGetsAHyphenThatTheTruthLeavesOut() {
        List<TypesetLine> lines = breaker(40, true).lines(TEXT);
        TypesetLine broken = lines.stream().filter(TypesetLine::joinsNext).findFirst().orElseThrow();
        assertThat(broken.drawn()).endsWith("-").isEqualTo(broken.truth() + "-");
    }

    @Test
    void aWordWithItsOwnHyphenBreaksThereWithoutASecondHyphen() {
        List<TypesetLine> lines = breaker(17, false).lines("De regio Midden-IJssel werkt");
        assertThat(lines.getFirst().drawn()).isEqualTo("De regio Midden-");
        assertThat(lines.getFirst().truth()).isEqualTo("De regio Midden-");
        assertThat(truthOf(lines)).isEqualTo("De regio Midden-IJssel werkt");
    }

    @Test
    void withoutHyphenationWordsMoveWhole() {
        List<TypesetLine> lines = breaker(30, false).lines(TEXT);
        assertThat(lines).noneMatch(line -> line.drawn().endsWith("-") && !line.drawn().endsWith("Midden-"));
    }

    @Test
    void anOverlongUrlIsCutAfterASlash() {
        List<TypesetLine> lines = breaker(30, true).lines("zie https://www.salland.nl/Corporate/nieuws/Resultaten");
        assertThat(lines).allSatisfy(line -> assertThat(line.drawn().length()).isLessThanOrEqualTo(30));
        assertThat(lines.get(1).drawn()).endsWith("/");
        assertThat(truthOf(lines)).isEqualTo("zie https://www.salland.nl/Corporate/nieuws/Resultaten");
    }
}
