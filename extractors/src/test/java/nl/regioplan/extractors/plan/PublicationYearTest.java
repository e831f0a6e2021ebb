package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentMetadata;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationYearTest {
    private static DocumentText text(String created, String... firstPage) {
        List<Block> blocks = java.util.Arrays.stream(firstPage).map(t -> new Block(BlockKind.PARAGRAPH, t)).toList();
        return new DocumentText("x", "", new DocumentMetadata(null, null, created, null, null, 1),
                List.of(new PageText(1, blocks, false, null)));
    }

    @Test
    void aSingleYearInTheIdIsThePublicationYear() {
        assertThat(PublicationYear.of(text(null), new DocumentContext("regioplan-noord-2023", null, null)))
                .isEqualTo(2023);
    }

    @Test
    void aPeriodInTheIdStartsTheYearAfterPublication() {
        assertThat(PublicationYear.of(text(null), new DocumentContext("plan_2024_2026", null, null))).isEqualTo(2023);
    }

    @Test
    void theEarlierOfIdAndCreationDateWins() {
        assertThat(PublicationYear.of(text("2022-11-30T10:00:00Z"), new DocumentContext("plan-2023", null, null)))
                .isEqualTo(2022);
    }

    @Test
    void withoutIdOrMetadataTheCoverDateTells() {
        assertThat(PublicationYear.of(text(null, "Regioplan Zuid", "December 2023", "Vastgesteld op 1 december 2023"),
                new DocumentContext("regioplan-zuid", null, null))).isEqualTo(2023);
        assertThat(PublicationYear.of(text(null, "Regioplan Zuid"), new DocumentContext("regioplan-zuid", null, null)))
                .isNull();
    }
}
