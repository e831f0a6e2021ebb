package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.export.OutputFile;
import nl.regioplan.pipeline.themes.MatrixFormat;
import nl.regioplan.pipeline.themes.MatrixRenderer;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** How and where the theme matrix is written: --format, and --out, which an image cannot do without. */
final class MatrixOutput {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), csv, html or png.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (needed for png).")
    Path out;

    /** Asked before the matrix is counted, so a wrong format or an image for the terminal costs no reading. */
    MatrixRenderer renderer() {
        MatrixRenderer renderer = MatrixFormat.parse(format).renderer();
        if (renderer.binary() && out == null) throw new IllegalArgumentException("png is an image: give --out FILE.png");
        return renderer;
    }

    void write(MatrixRenderer renderer, ThemeMatrix matrix) throws IOException {
        OutputFile.write(out, o -> renderer.render(matrix, o));
    }
}
