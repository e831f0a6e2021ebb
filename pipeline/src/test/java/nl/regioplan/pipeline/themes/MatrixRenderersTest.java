package nl.regioplan.pipeline.themes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixRenderersTest {
    @TempDir
    Path folder;
    ThemeMatrix matrix;

    @BeforeEach
    void sample() {
        matrix = ThemeMatrix.from(SamplePlans.write(folder), ThemeMeasure.PASSAGES);
    }

    @Test
    void htmlHasACellPerRegionAndThemeWithLabelsAndALegendAndNothingFetched() throws IOException {
        String html = render(new HtmlMatrixRenderer());

        Matcher cells = Pattern.compile("<td data-region=\"([^\"]+)\" data-theme=\"([A-Z])\"").matcher(html);
        int count = 0;
        while (cells.find()) count++;
        assertThat(count).isEqualTo(matrix.regions().size() * 13);
        for (String region : matrix.regions())
            for (IzaTheme theme : IzaTheme.all())
                assertThat(html).contains("data-region=\"" + HtmlMatrixRenderer.escape(region) + "\" data-theme=\"" + theme.code() + "\"");
        assertThat(html).contains("<small>Gezond leven en preventie</small>", "class=\"theme-legend\"", "Financiën");
        assertThat(html).contains("data-region=\"Regio Noord\" data-theme=\"G\"").containsPattern("data-theme=\"G\"[^>]*>3</td>");
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
    }

    @Test
    void pngIsADecodableImageLargeEnoughForAReport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngMatrixRenderer().render(matrix, out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isBetween(800, 4000);
        assertThat(image.getHeight()).isBetween(300, 4000);
        assertThat(image.getRGB(image.getWidth() / 2, 2) & 0xFFFFFF).as("white margin").isEqualTo(0xFFFFFF);
    }

    @Test
    void tableAlignsTheCountsUnderTheThemeCodes() throws IOException {
        String table = render(new TextMatrixRenderer());
        String header = table.lines().filter(l -> l.startsWith("region")).findFirst().orElseThrow();
        String noord = table.lines().filter(l -> l.startsWith("Regio Noord")).findFirst().orElseThrow();
        assertThat(noord.charAt(header.indexOf(" G") + 1)).isEqualTo('3');
        assertThat(table).contains("(onbekend)", "W  Ouderen: wonen");
    }

    @Test
    void csvHasRegionDocumentsPagesAndEveryCode() throws IOException {
        String csv = render(new CsvMatrixRenderer());
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("region,documents,pages,A,B,C,D,E,F,G,H,I,J,K,L,W");
        assertThat(csv).contains("Regio Noord,2,25,1,0,0,0,0,0,3,0,2,0,0,0,0");
    }

    private String render(MatrixRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(matrix, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
