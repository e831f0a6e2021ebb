package nl.regioplan.corpus.table;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataTableTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commentsAndTheHeaderAreSkippedAndCellsStripped() throws Exception {
        List<String[]> rows = DataTable.rows(text("# what this is\ncode\tterm\n\nA\t passende zorg \n# note\nG\tleefstijl\n"), '\t', 2, "t.tsv");
        assertThat(rows).containsExactly(new String[]{"A", "passende zorg"}, new String[]{"G", "leefstijl"});
    }

    @Test
    void aRowWithTheWrongNumberOfCellsNamesItsLine() {
        assertThatThrownBy(() -> DataTable.rows(text("a,b\n1,2\n3\n"), ',', 2, "x.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.csv line 3");
    }

    @Test
    void aTableReadAgainstItsHeaderRefusesAnotherLayoutAndKeepsTheLinesOfItsRows() throws Exception {
        List<DataTable.Row> rows = DataTable.rows(text("# doc\ndoc\tlabel\n\nd1\ttarget\nd2\tnone\n"), '\t',
                List.of("doc", "label"), "t.tsv");
        assertThat(rows).extracting(DataTable.Row::line).containsExactly(4, 5);
        assertThat(rows.get(1).cells()).containsExactly("d2", "none");
        assertThatThrownBy(() -> DataTable.rows(text("doc\tkind\nd1\tx\n"), '\t', List.of("doc", "label"), "t.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv line 1")
                .hasMessageContaining("doc,label");
    }

    @Test
    void sectionsHoldTheirLinesAndALineOutsideASectionIsRefused() throws Exception {
        var sections = DataTable.sections(text("# cues\n[goal]\nstreven naar  \nwe willen\n\n[forecast]\n# note\nnaar verwachting\n"), "c.txt");
        assertThat(sections).containsOnlyKeys("goal", "forecast");
        assertThat(sections.get("goal")).containsExactly("streven naar", "we willen");
        assertThat(sections.get("forecast")).containsExactly("naar verwachting");
        assertThatThrownBy(() -> DataTable.sections(text("streven naar\n[goal]\n"), "c.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c.txt line 1");
    }

    @Test
    void paragraphsAreRunsOfLinesBetweenBlankLines() throws Exception {
        assertThat(DataTable.paragraphs(text("# text\nEen.\n Twee. \n\n\nDrie.\n# end\n"), "p.train"))
                .containsExactly(List.of("Een.", "Twee."), List.of("Drie."));
    }
}
