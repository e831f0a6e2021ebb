package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.layout.LaidOutBlock;
import org.junit.jupiter.api.Test;

class BrokenWordBlocksTest {
    private static LaidOutBlock block(BlockKind kind, String... lines) {
        return new LaidOutBlock(kind, List.of(), List.of(lines));
    }

    private static List<String> cleaned(LaidOutBlock... blocks) {
        List<PageText> pages = new PageCleaner().clean(List.of(new RawPage(1, 842, List.of(blocks), false, null)));
        return pages.getFirst().blocks().stream().map(Block::text).toList();
    }

    @Test
    void aParagraphCutAtAHyphenatedLineEndIsOneBlockWithTheWordWhole() {
        assertThat(cleaned(
                block(BlockKind.PARAGRAPH, "Zorg moet voor iedereen toeganke-"),
                block(BlockKind.PARAGRAPH, "lijk, kwalitatief goed en betaalbaar zijn.")))
                .containsExactly("Zorg moet voor iedereen toegankelijk, kwalitatief goed en betaalbaar zijn.");
    }

    @Test
    void aBlockThatGoesOnInCapitalsOrFiguresIsANewBlock() {
        assertThat(cleaned(
                block(BlockKind.PARAGRAPH, "Het doel van de GHOR is dat de ge-"),
                block(BlockKind.PARAGRAPH, "95% van de inwoners"),
                block(BlockKind.PARAGRAPH, "Op basis van de gesprekken")))
                .hasSize(3);
    }

    @Test
    void blocksOfDifferentKindsStayApart() {
        assertThat(BrokenWordBlocks.rejoined(List.of(
                block(BlockKind.HEADING, "3.1 Passende zorg: waardegedreven-"),
                block(BlockKind.PARAGRAPH, "transformaties met als doel de integrale zorg"))))
                .hasSize(2);
    }

    @Test
    void aHyphenThatIsNotTheEndOfAWordStartDoesNotJoin() {
        assertThat(BrokenWordBlocks.rejoined(List.of(
                block(BlockKind.PARAGRAPH, "De aanpak van -"),
                block(BlockKind.PARAGRAPH, "wachttijden in de ggz"),
                block(BlockKind.PARAGRAPH, "zorg en welzijn, e-"),
                block(BlockKind.PARAGRAPH, "health en meer"))))
                .hasSize(4);
    }
}
