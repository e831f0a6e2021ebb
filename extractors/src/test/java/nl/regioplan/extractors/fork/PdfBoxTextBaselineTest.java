package nl.regioplan.extractors.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest benchmark's PDFBox baseline reads every file in its child JVM and counts what it could not read. */
class PdfBoxTextBaselineTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryPageOfEveryFileAndCountsTheFilesPdfBoxRefuses() throws Exception {
        Path three = pdf("drie.pdf", 3);
        Path two = pdf("twee.pdf", 2);
        Path broken = Files.writeString(dir.resolve("kapot.pdf"), "<html>geen pdf</html>");

        PdfBoxTextBaseline.Cost cost = PdfBoxTextBaseline.measure(List.of(three, broken, two), 2, Duration.ofMinutes(2));

        assertThat(cost.pages()).isEqualTo(5);
        assertThat(cost.refused()).isEqualTo(1);
        assertThat(cost.cpuSeconds()).isPositive();
        assertThat(cost.wallSeconds()).isPositive();
    }

    @Test
    void givesNoFiguresWhenPdfBoxIsNotDoneByTheDeadline() throws Exception {
        Path plan = pdf("plan.pdf", 1);

        assertThatThrownBy(() -> PdfBoxTextBaseline.measure(List.of(plan), 1, Duration.ofMillis(1)))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("did not read the files within");
    }

    @Test
    void handsOutTheLargestFilesFirst() throws Exception {
        Path small = pdf("klein.pdf", 1);
        Path large = pdf("groot.pdf", 40);
        Path middle = pdf("midden.pdf", 8);

        assertThat(PdfBoxTextBaseline.largestFirst(List.of(small, large, middle))).containsExactly(large, middle, small);
    }

    private Path pdf(String name, int pages) throws Exception {
        Path pdf = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Pagina " + i + " van het regioplan");
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }
}
