package nl.regioplan.pipeline.cli;

import nl.regioplan.corpus.manifest.ManifestReader;
import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.corpus.sample.SampleDocumentTruth;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.pipeline.export.ExportFiles;
import nl.regioplan.pipeline.export.ExportFormat;
import nl.regioplan.pipeline.export.RecordFilter;
import nl.regioplan.pipeline.export.RecordSelection;
import nl.regioplan.pipeline.export.RecordType;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.route.Ingestion;
import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "demo", description = {
        "Run the whole job on the bundled sample corpus and print a report.",
        "Generates the sample PDFs, ingests them through the manifest route and indexes them, then reports the"
                + " records, a few targets, an example search, the exports and how to open the web page."})
final class DemoCommand implements Callable<Integer> {
    static final String EXAMPLE_QUERY = "wachttijden ggz";

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws Exception {
        DataStore store = data.store();
        Path corpus = store.root().resolve("sample-corpus");
        System.out.println("Regioplan demo, data folder " + store.root());

        List<SampleDocumentTruth> written = SampleCorpus.write(corpus);
        int samplePages = written.stream().mapToInt(t -> t.pages().size()).sum();
        System.out.printf("%n1. Sample corpus: %d regioplannen, %d pages, written to %s%n", written.size(), samplePages, corpus);

        IngestTally tally;
        try (Ingestion ingestion = Ingestion.open(store, Runtime.getRuntime().availableProcessors(), null,
                corpus.resolve(SampleCorpus.MANIFEST))) {
            tally = ingestion.runManifest(ManifestReader.read(corpus.resolve(SampleCorpus.MANIFEST)));
        }
        System.out.printf("%n2. Ingest (manifest route): %s%n", tally.summary());

        DataStatus status = DataStatus.of(store);
        System.out.printf("%n3. The data folder holds %d documents, %d pages (%d OCR'd).%n   Records:",
                status.documents(), status.pages(), status.ocrPages());
        status.records().forEach((type, count) -> System.out.printf(" %s %d", type, count));
        System.out.println();
        printTargets(store);
        printSearch(store);

        Path exports = store.root().resolve("exports");
        Files.createDirectories(exports);
        List<PlanDocument> documents = PlanDocument.load(store);
        Path csv = exports.resolve("targets.csv");
        Path xlsx = exports.resolve("regioplan.xlsx");
        ExportFiles.write(RecordSelection.select(documents, RecordType.parse("targets"), RecordFilter.NONE),
                ExportFormat.CSV, ExportFormat.CSV.writer(false), csv, System.out);
        ExportFiles.write(RecordSelection.select(documents, RecordType.parse("all"), RecordFilter.NONE),
                ExportFormat.XLSX, ExportFormat.XLSX.writer(false), xlsx, System.out);
        System.out.printf("%n4. Exports: %s (targets, CSV) and %s (every record type, Excel)%n", csv, xlsx);
        String dataArg = data.data == null ? "" : " --data " + data.data;
        System.out.printf("%nNext:%n  ./regioplan serve%s            the search page on http://127.0.0.1:8080/%n"
                        + "  ./regioplan search 'mantelzorg'%s%n  ./regioplan themes%s              region x theme matrix%n"
                        + "  ./regioplan export targets --excel-nl --out doelen.csv%s%n",
                dataArg, dataArg, dataArg, dataArg);
        return tally.failed() ? 1 : 0;
    }

    private static void printTargets(DataStore store) {
        List<TargetRecord> targets = store.readModel().targets().stream()
                .filter(t -> t.deadlineYear() != null)
                .sorted(Comparator.comparing(TargetRecord::deadlineYear).thenComparing(TargetRecord::doc)).toList();
        System.out.printf("%n   A few of the %d dated targets:%n", targets.size());
        int step = Math.max(1, targets.size() / 5);
        for (int i = 0; i < targets.size() && i / step < 5; i += step) {
            TargetRecord t = targets.get(i);
            System.out.printf("   - %s p. %d, %s %s: %s%n", Objects.requireNonNullElse(t.region(), t.doc()), t.page(),
                    t.kind(), t.deadline(), shorten(t.text(), 110));
        }
    }

    private static void printSearch(DataStore store) throws Exception {
        SearchResult result;
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            result = index.search(SearchRequest.of(EXAMPLE_QUERY).page(3, 0));
        }
        System.out.printf("%n   Search \"%s\": %d hits (one a page; %d matching records); the first:%n", EXAMPLE_QUERY,
                result.hitCount(), result.total());
        for (Hit h : result.hits()) {
            System.out.printf("   - %s, %s p. %d: %s%n", h.region(), h.title(), h.page(), shorten(h.plainSnippet(), 100));
        }
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
