package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.export.ExportSheet;
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

    @Mixin
    ExportOutput output;

    @Option(names = "--region", paramLabel = "REGION", description = "Only records of this region.")
    String region;

    @Option(names = "--theme", paramLabel = "CODE", description = "Only records of this IZA theme (A-L, W); for targets, themes, passages.")
    String theme;

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
        output.write(sheets);
        return 0;
    }
}
