package nl.regioplan.extractors.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingGlyphRepairTest {
    private final MissingGlyphRepair repair = new MissingGlyphRepair(
            Vocabulary.of(List.of("Thuis is waar het hart ligt. Thuis blijven wonen.")));

    @Test
    void restoresEachLostGlyphWithTheWordTheDocumentUsesElsewhere() {
        assertThat(repair.apply("\u0003uis en een \uFFFDart voor zorg")).isEqualTo("Thuis en een hart voor zorg");
    }

    @Test
    void leavesDamageNoWordOfTheDocumentExplains() {
        assertThat(repair.apply("een \u0003rxq woord")).isEqualTo("een \u0003rxq woord");
    }

    @Test
    void leavesUndamagedTextAsItIs() {
        assertThat(repair.apply("Thuis blijven wonen.")).isEqualTo("Thuis blijven wonen.");
    }
}
