package nl.regioplan.pipeline.choice;

import nl.regioplan.pipeline.export.ExportFormat;
import nl.regioplan.pipeline.themes.MatrixFormat;
import nl.regioplan.pipeline.themes.ThemeMeasure;
import nl.regioplan.pipeline.themes.TraceFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedChoiceTest {
    @Test
    void aChoiceIsItsNameInAnyCaseWithSpacesAround() {
        assertThat(MatrixFormat.parse(" PNG ")).isEqualTo(MatrixFormat.PNG);
        assertThat(ThemeMeasure.parse("Share")).isEqualTo(ThemeMeasure.SHARE);
        assertThat(ExportFormat.parse("jsonl")).isEqualTo(ExportFormat.JSONL);
        assertThat(TraceFormat.parse("csv")).isEqualTo(TraceFormat.CSV);
    }

    @Test
    void anythingElseIsRefusedWithTheChoicesThereAre() {
        assertThatThrownBy(() -> MatrixFormat.parse("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'pdf': use table, csv, html or png");
        assertThatThrownBy(() -> ThemeMeasure.parse("pages"))
                .hasMessage("unknown measure 'pages': use passages, targets or share");
        assertThatThrownBy(() -> TraceFormat.parse("html")).hasMessage("unknown format 'html': use table or csv");
        assertThatThrownBy(() -> ExportFormat.parse("c sv")).hasMessage("unknown format 'c sv': use csv, jsonl or xlsx");
    }
}
