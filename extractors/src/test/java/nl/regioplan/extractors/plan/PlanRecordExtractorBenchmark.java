package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.text.DocumentText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

/**
 * Prints the records stage's time per page on the dev plan (no assertion: speed is a figure, not a test).
 * Run on request: mvn -pl extractors -am test -Dtest=PlanRecordExtractorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class PlanRecordExtractorBenchmark {
    @BeforeAll
    static void locateShared() {
        DevPlanTargetsTest.locateShared();
    }

    @Test
    void millisecondsPerPage() throws Exception {
        DocumentText text = SeedTextAdapter.read(DevPlanTargetsTest.shared.resolve("corpus/seeds/regioplan-midden-ijssel-2023.txt"));
        PlanRecordExtractor extractor = new PlanRecordExtractor(t -> List.of(), (t, sentences, s) -> List.of());
        DocumentContext context = new DocumentContext(text.doc(), null, null);
        long coldStart = System.nanoTime();
        extractor.extract(text, context);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < 20; i++) extractor.extract(text, context);
        int runs = 50;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) extractor.extract(text, context);
        double perPage = (System.nanoTime() - start) / 1e6 / runs / text.pages().size();
        double cpuPerPage = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs / text.pages().size();
        // CPU time is the figure to trust on a shared machine: wall time counts the waits for a core
        System.out.printf(Locale.ROOT, "records stage: %d pages, first run %.0f ms (includes training the models), "
                        + "warm %.3f ms CPU per page (%.0f pages/s per core), %.3f ms wall per page, one thread%n",
                text.pages().size(), coldMs, cpuPerPage, 1000 / cpuPerPage, perPage);
    }
}
