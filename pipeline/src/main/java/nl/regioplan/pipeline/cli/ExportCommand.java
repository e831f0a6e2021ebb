package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.export.ExportFiles;
import nl.regioplan.pipeline.export.ExportFormat;
import nl.regioplan.pipeline.export.ExportSheet;
import nl.regioplan.pipeline.export.ExportWriter;
import nl.regioplan.pipeline.export.RecordFilter;
import nl.regioplan.pipeline.export.RecordSelection;
import nl.regioplan.pipeline.export.MeasurabilitySheet;
import nl.regioplan.pipeline.export.RecordType;
import nl.regioplan.pipeline.themes.Measurability;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.Regions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = {
        "Write records as CSV, JSON Lines or an Excel workbook, with the field names of the JSON.",
        "TYPE: targets, percentages, years, parties, themes, passages, or all (xlsx: a sheet per type;"
                + " csv/jsonl: a file per type in the --out folder); or measurability: a row per plan with its"
                + " targets and the share with a deadline, a quantity, a baseline and a party.",
        "A target's deadline (a year or an ISO date in the JSON) is two typed columns in CSV and xlsx:"
                + " deadline_year, a whole number, and deadline_date, ISO or empty."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "TYPE", description = "Record type, or all.")
    String type;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), jsonl or xlsx.")
    String format;

    @Option(names = "--excel-nl", description = "CSV that Dutch Excel opens by double-click: BOM, ';', decimal comma.")
    boolean excelNl;

    @Option(names = "--region", paramLabel = "REGION", description = "Only records of this region.")
    String region;

    @Option(names = "--theme", paramLabel = "CODE", description = "Only records of this IZA theme (A-L, W); for targets, themes, passages.")
    String theme;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (needed for xlsx); a folder"
            + " (an existing one, or one ending in /) gets files named after the types.")
    String out;

    @Override
    public Integer call() throws Exception {
        if (theme != null && MeasurabilitySheet.TYPE.equalsIgnoreCase(type)) {
            throw new IllegalArgumentException("measurability is per plan: --theme does not apply");
        }
        List<RecordType> types = MeasurabilitySheet.TYPE.equalsIgnoreCase(type) ? List.of() : RecordType.parse(type);
        String themeCode = theme == null ? null : IzaTheme.require(theme).code();
        if (themeCode != null) {
            List<RecordType> themed = types.stream().filter(t -> t.table().hasThemes()).toList();
            if (themed.isEmpty())
                throw new IllegalArgumentException(type + " carry no themes: --theme works with targets, themes and passages");
            if (themed.size() < types.size())
                System.err.println("regioplan: --theme leaves out the types without themes (percentages, years, parties)");
            types = themed;
        }
        List<PlanDocument> documents = PlanDocument.load(data.existing());
        String regionName = region == null ? null : Regions.resolve(region, Regions.of(documents));
        List<ExportSheet> sheets = types.isEmpty()
                // one row per plan: its targets, and how many have a deadline, a quantity, a baseline, a party
                ? List.of(MeasurabilitySheet.of(Measurability.of(documents.stream()
                        .filter(d -> regionName == null || regionName.equals(d.region())).toList())))
                : RecordSelection.select(documents, types, new RecordFilter(regionName, themeCode));
        ExportFormat exportFormat = format == null ? ExportFormat.CSV : ExportFormat.parse(format);
        ExportWriter writer = exportFormat.writer(excelNl);
        List<ExportFiles.Written> written = ExportFiles.write(sheets, exportFormat, writer, outPath(), System.out);
        if (out != null)
            for (ExportFiles.Written w : written) System.err.printf("wrote %d %s to %s%n", w.records(), w.type(), w.file());
        return 0;
    }

    /** "exports/" means a folder even before it exists; Path would drop the slash that says so. */
    private Path outPath() throws IOException {
        if (out == null) return null;
        Path path = Path.of(out);
        if (out.endsWith("/") || out.endsWith(File.separator)) Files.createDirectories(path);
        return path;
    }
}
