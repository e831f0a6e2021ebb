package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.cli.CommandRun;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The themes, trace and compare commands, run as a user types them. */
class ThemeCommandsTest extends SamplePlansFixture {
    @Test
    void themesPrintsTheMatrixAsATableByDefault() {
        CommandRun run = CommandRun.of("themes", "--data", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("themed passages", "Regio Noord", "Landelijk", "(onbekend)");
    }

    @Test
    void themesWritesHtmlAndPngFiles() throws Exception {
        Path html = folder.resolve("report/matrix.html");
        assertThat(CommandRun.of("themes", "--data", data, "--format", "html", "--measure", "share", "--out", html.toString()).exitCode()).isZero();
        assertThat(Files.readString(html)).contains("% van de planpagina&#39;s", "data-region=\"Regio Zuid\"")
                .as("Dutch decimal comma").containsPattern("data-region=\"Regio Noord\" data-theme=\"G\"[^>]*>8,0</td>");

        Path png = folder.resolve("matrix.png");
        CommandRun run = CommandRun.of("themes", "--data", data, "--format", "png", "--measure", "targets", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void themesRefusesToPrintAnImageToTheTerminal() {
        CommandRun run = CommandRun.of("themes", "--data", data, "--format", "png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("give --out FILE.png");
        assertThat(CommandRun.of("themes", "--data", data, "--measure", "pages").err()).contains("passages, targets or share");
    }

    @Test
    void traceListsTheThemesTargetsAcrossRegions() {
        CommandRun run = CommandRun.of("trace", "g", "--data", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("Theme G", "noord-bijlage p. 1", "zuid-plan p. 2");
        assertThat(CommandRun.of("trace", "G", "--data", data, "--format", "csv").text()).startsWith("theme,region,record");
        assertThat(CommandRun.of("trace", "Z", "--data", data).err()).contains("unknown theme 'Z'");
    }

    @Test
    void compareNamesSharedAndDifferingThemes() {
        CommandRun run = CommandRun.of("compare", "regio noord", "Regio Zuid", "--data", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("Comparing 2 regions: Regio Noord, Regio Zuid", "Themes in all regions (1)",
                "Themes in only some regions (3)");
        assertThat(CommandRun.of("compare", "Regio Noord", "Atlantis", "--data", data).err()).contains("no documents for region 'Atlantis'");
        assertThat(CommandRun.of("compare", "Regio Noord", "regio noord", "--data", data).err()).contains("two different regions");
    }
}
