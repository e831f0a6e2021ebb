package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.themes.MatrixRenderer;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "themes", description = "A matrix of regions against IZA themes (A-L, W): as a table, CSV, an HTML heatmap or a PNG image.")
final class ThemesCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    MatrixOutput output;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "passages",
            description = "passages (default): themed passages; targets: themed targets; share: %% of a region's plan pages touching the theme.")
    String measure;

    @Override
    public Integer call() throws Exception {
        MatrixRenderer renderer = output.renderer();
        ThemeMeasure themeMeasure = ThemeMeasure.parse(measure);
        ThemeMatrix matrix = ThemeMatrix.from(data.existing(), themeMeasure);
        output.write(renderer, matrix);
        return 0;
    }
}
