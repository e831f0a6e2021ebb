package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.themes.ComparisonReport;
import nl.regioplan.pipeline.themes.Measurability;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.RegionComparison;
import nl.regioplan.pipeline.themes.Regions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", description = "Where regions' plans agree and differ: themes in all or only some, and target deadlines per theme.")
final class CompareCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "2..*", paramLabel = "REGION", description = "Two or more regions, as `regioplan themes` lists them (quote names with spaces).")
    List<String> regions;

    @Override
    public Integer call() throws Exception {
        List<PlanDocument> documents = PlanDocument.load(data.existing());
        List<String> known = Regions.of(documents);
        List<String> chosen = regions.stream().map(r -> Regions.resolve(r, known)).distinct().toList();
        if (chosen.size() < 2) throw new IllegalArgumentException("name two different regions to compare");
        ComparisonReport.render(RegionComparison.of(documents, chosen), System.out);
        System.out.println();
        System.out.println("Measurability of the targets (share with a deadline, a quantity, a baseline, a party)");
        System.out.print(Measurability.render(Measurability.of(documents.stream()
                .filter(d -> chosen.contains(d.region())).toList())));
        System.out.flush();
        return 0;
    }
}
