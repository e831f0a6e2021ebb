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
}
