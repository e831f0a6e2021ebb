package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `regioplan themes` checks its --format and --out before it counts anything. */
class MatrixOutputTest {

    @Test
    void aPngForTheTerminalIsRefusedBeforeTheDataFolderIsRead(@TempDir Path tmp) {
        CommandRun run = CommandRun.of("themes", "--data", tmp.resolve("nergens").toString(), "--format", "png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --out FILE.png").doesNotContain("no data folder");
    }

    @Test
    void anUnknownFormatIsRefusedBeforeTheDataFolderIsRead(@TempDir Path tmp) {
        CommandRun run = CommandRun.of("themes", "--data", tmp.resolve("nergens").toString(), "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("format").doesNotContain("no data folder");
    }
}
