package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.themes.MatrixFormat;
import nl.regioplan.pipeline.themes.MatrixRenderer;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;
import nl.regioplan.pipeline.export.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "themes", description = "A matrix of regions against IZA themes (A-L, W): as a table, CSV, an HTML heatmap or a PNG image.")
final class ThemesCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), csv, html or png.")
    String format;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "passages",
            description = "passages (default): themed passages; targets: themed targets; share: %% of a region's plan pages touching the theme.")
    String measure;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (needed for png).")
    Path out;

    @Override
    public Integer call() throws Exception {
        MatrixFormat matrixFormat = MatrixFormat.parse(format);
        ThemeMeasure themeMeasure = ThemeMeasure.parse(measure);
        MatrixRenderer renderer = matrixFormat.renderer();
        if (renderer.binary() && out == null) throw new IllegalArgumentException("png is an image: give --out FILE.png");
        ThemeMatrix matrix = ThemeMatrix.from(data.existing(), themeMeasure);
        OutputFile.write(out, o -> renderer.render(matrix, o));
        return 0;
    }
}
