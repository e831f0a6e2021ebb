package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class LayoutFontTest {

    @Test
    void helveticaDrawsDutchAndReplacesWhatWinAnsiLacks() {
        LayoutFont helvetica = FontFamily.helvetica().regular();
        assertThat(helvetica.drawable("Coördinerend patiënt geïnterviewd thema’s • …")).isEqualTo(
                "Coördinerend patiënt geïnterviewd thema’s • …");
        assertThat(helvetica.drawable("ĳsselstreek ﬁnanciering")).isEqualTo("ijsselstreek financiering");
        assertThat(helvetica.drawable("\uF0B7 x\u0003y")).isEqualTo("? x?y");
    }

    @Test
    void theBundledDejaVuIsPreferredAndDrawsEveryDutchLetter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            FontFamily family = FontFamily.load(document);
            assertThat(family.source()).contains("DejaVu Sans (jasperreports-fonts)");
            String dutch = "ĳ IJ é ë ï ö ü ó è à ’ ‘ “ ” – • …";
            assertThat(family.regular().drawable(dutch)).isEqualTo(dutch);
            assertThat(family.regular().width("zorg", 10)).isGreaterThan(0);
        }
    }
}
