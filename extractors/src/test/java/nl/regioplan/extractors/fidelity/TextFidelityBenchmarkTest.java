package nl.regioplan.extractors.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The floors of text fidelity on PDFs made by other producers (the shipped LibreOffice and Chromium fixtures)
 * and on the hand-truth pages of the shared corpus. The floors are what the text stage reaches now, so that a
 * layout change that cuts statements or scrambles word order fails here; {@code regioplan bench text} prints the
 * full table beside pdftotext and Tika.
 */
class TextFidelityBenchmarkTest {
    /** Per layout class, the statement integrity the project reaches now. */
    private static final Map<String, Double> INTEGRITY_FLOORS = Map.ofEntries(
            Map.entry("spacing-1.0", 1.0), Map.entry("spacing-1.15", 1.0), Map.entry("spacing-1.5", 1.0),
            Map.entry("spacing-2.0", 1.0), Map.entry("space-before-after", 1.0), Map.entry("justified", 1.0),
            Map.entry("two-columns", 0.98), Map.entry("bullets-hanging", 1.0), Map.entry("bullets-flush", 0.8),
            Map.entry("numbered", 1.0), Map.entry("nested-lists", 1.0), Map.entry("table", 0.9),
            Map.entry("footnotes", 1.0), Map.entry("headers-footers", 1.0), Map.entry("text-boxes", 0.95),
            Map.entry("slides", 0.8), Map.entry("title-column", 1.0));
    /** Per layout class of the hand-truth corpus pages, the statement integrity the project reaches now. */
    private static final Map<String, Double> CORPUS_INTEGRITY_FLOORS = Map.ofEntries(
            Map.entry("forms", 0.9), Map.entry("contents", 0.95), Map.entry("headings", 1.0), Map.entry("two-columns", 0.95),
            Map.entry("lists", 0.98), Map.entry("footnotes", 1.0), Map.entry("title-column", 1.0),
            Map.entry("text-boxes", 0.85), Map.entry("tables", 0.95), Map.entry("letters", 0.9));

    @TempDir
    Path dir;

    @Test
    void thirdPartyPdfsKeepStatementsWholeAndWordsInOrder() throws Exception {
        List<FidelityCase> cases = TextFidelityBenchmark.thirdPartyFixtures(dir);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        TextFidelityBenchmark.Report report = TextFidelityBenchmark.run("third-party fixtures", cases, List.of(new ProjectTextSource()));
        TextFidelityBenchmark.print(report, System.out, true);

        FidelityScore overall = report.score(TextFidelityBenchmark.OVERALL, "regioplan");
        assertThat(overall.wordOrder()).isGreaterThanOrEqualTo(0.99);
        assertThat(overall.integrity()).isGreaterThanOrEqualTo(0.97);
        assertThat(overall.kindAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(overall.leakage()).isZero();
        INTEGRITY_FLOORS.forEach((layoutClass, floor) ->
                assertThat(report.score(layoutClass, "regioplan").integrity()).as(layoutClass).isGreaterThanOrEqualTo(floor));
    }

    @Test
    void handTruthCorpusPagesComeOutAsAReaderSeesThem() throws Exception {
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus.toAbsolutePath());
        List<FidelityCase> cases = TextFidelityBenchmark.corpusPages(corpus);
        assumeTrue(!cases.isEmpty(), "no hand-truth PDFs in " + corpus);
        TextFidelityBenchmark.Report report = TextFidelityBenchmark.run("hand-truth corpus pages", cases, List.of(new ProjectTextSource()));
        TextFidelityBenchmark.print(report, System.out, true);

        FidelityScore overall = report.score(TextFidelityBenchmark.OVERALL, "regioplan");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(overall.wordOrder()).isGreaterThanOrEqualTo(0.94);
        assertThat(overall.integrity()).isGreaterThanOrEqualTo(0.95);
        // the running lines that leak are those of one-page documents and of section titles on a few pages only
        assertThat(overall.leakage()).isLessThanOrEqualTo(0.35);
        CORPUS_INTEGRITY_FLOORS.forEach((layoutClass, floor) ->
                assertThat(report.score(layoutClass, "regioplan").integrity()).as(layoutClass).isGreaterThanOrEqualTo(floor));
    }

    @Test
    void aStatementCutAcrossTwoUnitsIsNotWhole() {
        FidelityCase c = new FidelityCase("t", "k", Path.of("x.pdf"), 1,
                List.of(new TruthBlock("paragraph", "De wachttijd daalt in 2027 naar vier weken.")),
                List.of(List.of("De wachttijd daalt in 2027 naar vier weken.")), List.of("Pagina #"));
        List<String> broken = new java.util.ArrayList<>();
        FidelityScore cut = FidelityMeasure.score(c, List.of(new TextUnit(1, "paragraph", "De wachttijd daalt in"),
                new TextUnit(1, "paragraph", "2027 naar vier weken. Pagina 3")), 1, broken::add);
        assertThat(cut.integrity()).isZero();
        assertThat(broken).hasSize(1);
        assertThat(cut.leakage()).isEqualTo(1.0);
        assertThat(cut.wordOrder()).isEqualTo(1 - 2 / 10.0);

        FidelityScore whole = FidelityMeasure.score(c, List.of(new TextUnit(1, "paragraph", "De wachttijd daalt in 2027 naar vier weken.")), 1, s -> { });
        assertThat(whole.integrity()).isEqualTo(1.0);
        assertThat(whole.wordOrder()).isEqualTo(1.0);
        assertThat(whole.kindAccuracy()).isEqualTo(1.0);
    }

    @Test
    void labelledTableRowsCountTheirHeaderOnce() {
        List<TextUnit> units = TableRowText.unlabelled(List.of(new TextUnit(1, "table_cell", "Doel | Jaar"),
                new TextUnit(1, "table_cell", "Doel: Minder rokers | Jaar: 2030")));
        assertThat(units.get(1).text()).isEqualTo("Minder rokers | 2030");
    }

    @Test
    void pagesOfOnesOwnHandTruthFileAreMeasuredLikeTheShippedOnes() throws Exception {
        FidelityCase fixture = TextFidelityBenchmark.thirdPartyFixtures(dir).get(0);
        StringBuilder blocks = new StringBuilder();
        for (TruthBlock b : fixture.blocks()) {
            if (!blocks.isEmpty()) blocks.append(',');
            blocks.append("{\"kind\":\"").append(b.kind()).append("\",\"text\":\"").append(b.text().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}");
        }
        String truth = "{\"pages\":[{\"pdf\":\"" + fixture.pdf().getFileName() + "\",\"page\":1,\"layoutClass\":\"mine\",\"running\":[],\"blocks\":[" + blocks + "]},"
                + "{\"pdf\":\"not-here.pdf\",\"page\":1,\"layoutClass\":\"mine\",\"blocks\":[]}]}";

        List<FidelityCase> cases = TextFidelityBenchmark.corpusPages(dir, truth);
        TextFidelityBenchmark.Report report = TextFidelityBenchmark.run("mine", cases, List.of(new ProjectTextSource()));

        assertThat(cases).singleElement().satisfies(c -> assertThat(c.statements()).isNotEmpty());
        assertThat(report.score("mine", "regioplan").integrity()).isGreaterThanOrEqualTo(0.9);
    }
}
