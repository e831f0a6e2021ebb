package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints how long exports and the theme matrix take on a corpus the size of a full national run (60 plans of
 * 40 pages, 30 passages a page: 72,000 passages). Not a test: run it by hand with
 * {@code java -cp <test classpath> nl.regioplan.pipeline.export.ExportBenchmark [folder]}.
 */
public final class ExportBenchmark {
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("regioplan-bench");
        DataStore store = new DataStore(folder);
        Random random = new Random(42);
        List<IzaTheme> themes = IzaTheme.all();
        for (int d = 0; d < 60; d++) {
            String doc = "plan-" + d;
            String region = "Regio " + (d % 28);
            List<PassageRecord> passages = new ArrayList<>();
            List<TargetRecord> targets = new ArrayList<>();
            List<MentionRecord> percentages = new ArrayList<>();
            for (int page = 1; page <= 40; page++) {
                for (int i = 0; i < 30; i++) {
                    String code = themes.get(random.nextInt(themes.size())).code();
                    passages.add(new PassageRecord(doc, page, "paragraph", "Hoofdstuk " + page,
                            "In de regio werken zorgaanbieders, gemeenten en zorgverzekeraars samen aan passende zorg; "
                                    + "het aandeel daalt van 31,1% naar 25% in " + (2024 + i % 6) + ".",
                            List.of(code), List.of("Gemeente " + d), List.of(2024 + i % 6), region));
                }
                targets.add(new TargetRecord(doc, page, "outcome", "In " + (2025 + page % 5) + " is de wachttijd gehalveerd.",
                        2025 + page % 5, 50.0, "percent", "<=", 31.1, 2022, "wachttijd", page % 2 == 0, region,
                        List.of(themes.get(page % themes.size()).code()), List.of(), "Doelen", List.of(page), "rule", 0.8));
                percentages.add(new MentionRecord(doc, page, "percentage", 31.1, "percent", "31,1%", null, "tekst", region, "Doelen"));
            }
            store.putRecords(new DocumentRecords(doc, region, passages, targets, percentages, List.of(), List.of(), List.of()));
            store.putCatalogEntry(new CatalogEntry(doc, null, null, "Plan " + d, region, "regioplan", null, null, null, 40, 0, null));
        }
        long t0 = System.nanoTime();
        List<PlanDocument> documents = PlanDocument.load(store);
        report("load records", t0);
        for (ThemeMeasure measure : ThemeMeasure.values()) {
            long t = System.nanoTime();
            ThemeMatrix.of(documents, measure);
            report("matrix " + measure.name().toLowerCase(), t);
        }
        List<ExportSheet> passages = RecordSelection.select(documents, List.of(RecordType.PASSAGES), RecordFilter.NONE);
        System.out.printf("passages: %,d%n", passages.getFirst().size());
        for (ExportFormat format : ExportFormat.values()) {
            Path file = folder.resolve("passages." + format.name().toLowerCase());
            long t = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                format.writer(false).write(passages, out);
            }
            report("export passages " + format.name().toLowerCase() + " (" + Files.size(file) / 1024 + " KiB)", t);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void report(String what, long startNanos) {
        System.out.printf("%-40s %6d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
