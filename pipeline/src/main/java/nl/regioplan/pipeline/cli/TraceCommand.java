package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.ThemeTrace;
import nl.regioplan.pipeline.themes.TraceFormat;
import nl.regioplan.pipeline.export.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "trace", description = "One IZA theme across regions: every region's targets by deadline, and its key passages, with pages.")
final class TraceCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "THEME", description = "Theme code: A-L or W (see `regioplan themes`).")
    String theme;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or csv.")
    String format;

    @Option(names = "--passages", paramLabel = "N", defaultValue = "" + ThemeTrace.DEFAULT_PASSAGES_PER_REGION,
            description = "Key passages per region (default: ${DEFAULT-VALUE}).")
    int passages;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        IzaTheme izaTheme = IzaTheme.require(theme);
        TraceFormat traceFormat = TraceFormat.parse(format);
        if (passages < 0) throw new IllegalArgumentException("--passages must be 0 or more");
        ThemeTrace trace = ThemeTrace.of(PlanDocument.load(data.existing()), izaTheme, passages);
        OutputFile.write(out, o -> traceFormat.render(trace, o));
        return 0;
    }
}
