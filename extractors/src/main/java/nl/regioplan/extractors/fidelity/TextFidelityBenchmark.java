package nl.regioplan.extractors.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Text fidelity of the project's text stage beside pdftotext (default and -layout) and Tika on the same files:
 * the third-party fixtures (PDFs made by LibreOffice and Chromium, truth written with them, shipped as
 * resources) and hand truth for pages of the shared corpus (read from there when it is present).
 * {@code regioplan bench text} prints {@link #print}; FidelityBenchmarkTest asserts the floors.
 */
public final class TextFidelityBenchmark {
    private static final String RESOURCES = "/nl/regioplan/extractors/fidelity/";
    public static final String OVERALL = "overall";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'‘“(])");

    /** Per layout class (and {@value #OVERALL}), per source name, the pooled score. */
    public record Report(String title, Map<String, Map<String, FidelityScore>> classes, Map<String, List<String>> broken,
                         List<String> sources, int cases) {
        public FidelityScore score(String layoutClass, String source) {
            return classes.getOrDefault(layoutClass, Map.of()).get(source);
        }
    }

    private TextFidelityBenchmark() {
    }

    /** The standard sources: the project, then the baselines that are installed. */
    public static List<TextSource> sources() {
        List<TextSource> all = List.of(new ProjectTextSource(), new PdftotextSource(false), new PdftotextSource(true), new TikaTextSource());
        return all.stream().filter(TextSource::available).toList();
    }

    /** The fixtures shipped with the project, their PDFs copied into {@code scratch}. */
    public static List<FidelityCase> thirdPartyFixtures(Path scratch) throws IOException {
        List<FidelityCase> cases = new ArrayList<>();
        for (String name : resourceText("fixtures.txt").split("\\R")) {
            if (name.isBlank()) continue;
            Path pdf = scratch.resolve(name + ".pdf");
            try (InputStream in = resource(name + ".pdf")) {
                Files.copy(in, pdf, StandardCopyOption.REPLACE_EXISTING);
            }
            JsonNode truth = JSON.readTree(resourceText(name + ".json"));
            cases.add(fromJson(truth, truth.path("fixture").asText(), truth.path("layoutClass").asText(), pdf, 0));
        }
        return cases;
    }

    /** The hand-truth pages of the shared corpus whose PDFs are in {@code corpusPdfs}; empty when it is absent. */
    public static List<FidelityCase> corpusPages(Path corpusPdfs) throws IOException {
        return corpusPages(corpusPdfs, resourceText("corpus-pages.json"));
    }

    /** Pages of a hand-truth file in the format of the shipped corpus-pages.json, whose PDFs are in {@code pdfs}. */
    public static List<FidelityCase> corpusPages(Path pdfs, String truthJson) throws IOException {
        List<FidelityCase> cases = new ArrayList<>();
        if (!Files.isDirectory(pdfs)) return cases;
        for (JsonNode page : JSON.readTree(truthJson).path("pages")) {
            Path pdf = pdfs.resolve(page.path("pdf").asText());
            if (!Files.isRegularFile(pdf)) continue;
            int number = page.path("page").asInt();
            String name = page.path("pdf").asText().replaceFirst("\\.pdf$", "") + " p" + number;
            cases.add(fromJson(page, name, page.path("layoutClass").asText(), pdf, number));
        }
        return cases;
    }

    private static FidelityCase fromJson(JsonNode node, String name, String layoutClass, Path pdf, int page) {
        List<TruthBlock> blocks = new ArrayList<>();
        for (JsonNode b : node.path("blocks")) blocks.add(new TruthBlock(b.path("kind").asText(), b.path("text").asText()));
        List<List<String>> statements = new ArrayList<>();
        if (node.has("statements")) {
            for (JsonNode s : node.path("statements")) {
                List<String> parts = new ArrayList<>();
                s.forEach(p -> parts.add(p.asText()));
                statements.add(parts);
            }
        } else {
            statements.addAll(statementsOf(blocks));
        }
        List<String> running = new ArrayList<>();
        node.path("running").forEach(r -> running.add(r.asText()));
        return new FidelityCase(name, layoutClass, pdf, page, blocks, statements, running);
    }

    /** Sentences of paragraphs and captions, whole list items, and each table row's cells. */
    static List<List<String>> statementsOf(List<TruthBlock> blocks) {
        List<List<String>> statements = new ArrayList<>();
        for (TruthBlock b : blocks) {
            switch (b.kind()) {
                case "paragraph", "caption" -> {
                    for (String s : SENTENCE_BREAK.split(b.text())) if (WordSequence.words(s).size() >= 3) statements.add(List.of(s));
                }
                case "list_item" -> statements.add(List.of(b.text()));
                case "table_cell" -> statements.add(List.of(b.text().split(" \\| ")));
                default -> { }
            }
        }
        return statements;
    }

    /** Runs every source over every case; a document is extracted once per source, whatever pages are measured. */
    public static Report run(String title, List<FidelityCase> cases, List<TextSource> sources) throws IOException {
        Map<String, Map<String, FidelityScore>> classes = new LinkedHashMap<>();
        Map<String, List<String>> broken = new LinkedHashMap<>();
        for (TextSource source : sources) {
            Map<Path, List<TextUnit>> outputs = new HashMap<>();
            List<String> sourceBroken = new ArrayList<>();
            for (FidelityCase c : cases) {
                List<TextUnit> all = outputs.get(c.pdf());
                if (all == null) {
                    all = source.units(c.pdf());
                    outputs.put(c.pdf(), all);
                }
                List<TextUnit> units = c.page() > 0 ? all.stream().filter(u -> u.page() == c.page()).toList() : all;
                int pages = c.page() > 0 ? 1 : pageCount(c.pdf());
                FidelityScore score = FidelityMeasure.score(c, units, pages, s -> sourceBroken.add(c.name() + ": " + s));
                classes.computeIfAbsent(c.layoutClass(), k -> new LinkedHashMap<>()).computeIfAbsent(source.name(), k -> new FidelityScore()).add(score);
                classes.computeIfAbsent(OVERALL, k -> new LinkedHashMap<>()).computeIfAbsent(source.name(), k -> new FidelityScore()).add(score);
            }
            broken.put(source.name(), sourceBroken);
        }
        Map<String, FidelityScore> overall = classes.remove(OVERALL);
        if (overall != null) classes.put(OVERALL, overall);
        return new Report(title, classes, broken, sources.stream().map(TextSource::name).toList(), cases.size());
    }

    /** The table: a row per layout class, per measure a column per source. */
    public static void print(Report report, PrintStream out, boolean listBroken) {
        out.printf(Locale.ROOT, "%s (%d cases)%n", report.title(), report.cases());
        if (report.cases() == 0) return;
        List<String> sources = report.sources();
        int width = Math.max(20, report.classes().keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %5s", "class", "stmts"));
        for (String measure : List.of("word order", "statement integrity", "leakage")) {
            head.append(" | ").append(String.format(Locale.ROOT, "%-" + (7 * sources.size() - 1) + "s", measure));
        }
        head.append(" | kinds");
        out.println(head);
        StringBuilder names = new StringBuilder(String.format(Locale.ROOT, "%-" + (width + 6) + "s", ""));
        for (int m = 0; m < 3; m++) {
            names.append(" |");
            for (String s : sources) names.append(String.format(Locale.ROOT, " %6s", abbreviate(s)));
        }
        names.append(" | ").append(abbreviate(sources.get(0)));
        out.println(names);
        report.classes().forEach((layoutClass, bySource) -> {
            FidelityScore first = bySource.get(sources.get(0));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %5d", layoutClass, first.statements()));
            for (int m = 0; m < 3; m++) {
                row.append(" |");
                for (String s : sources) {
                    FidelityScore score = bySource.get(s);
                    double v = m == 0 ? score.wordOrder() : m == 1 ? score.integrity() : score.leakage();
                    row.append(Double.isNaN(v) ? "      -" : String.format(Locale.ROOT, " %6.3f", v));
                }
            }
            double kinds = first.kindAccuracy();
            row.append(" | ").append(Double.isNaN(kinds) ? "-" : String.format(Locale.ROOT, "%.3f", kinds));
            out.println(row);
        });
        if (listBroken) {
            report.broken().forEach((source, statements) -> {
                out.printf(Locale.ROOT, "statements %s did not keep whole (%d):%n", source, statements.size());
                statements.forEach(s -> out.println("  " + s));
            });
        }
    }

    /**
     * Prints both tables: {@code [--broken] [CORPUS_PDF_DIR]} (default: the shared corpus beside the checkout).
     */
    public static void main(String[] args) throws IOException {
        boolean listBroken = List.of(args).contains("--broken");
        Path corpus = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of)
                .orElse(Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf"));
        runAll(corpus, null, System.out, listBroken);
    }

    /**
     * Both tables, for {@code regioplan bench text}.
     *
     * @param truth a hand-truth file of one's own pages to measure instead of the shipped pages, or null
     */
    public static List<Report> runAll(Path corpusPdfs, Path truth, PrintStream out, boolean listBroken) throws IOException {
        // a broken truth file is told before the fixtures' minute of work, not after
        List<FidelityCase> pages = truth == null ? corpusPages(corpusPdfs) : ownPages(corpusPdfs, truth);
        Path scratch = Files.createTempDirectory("regioplan-fidelity");
        try {
            List<TextSource> sources = sources();
            Report fixtures = run("third-party fixtures", thirdPartyFixtures(scratch), sources);
            print(fixtures, out, listBroken);
            out.println();
            Report corpus = run(truth == null ? "hand-truth corpus pages" : "hand-truth pages of " + truth.getFileName(), pages, sources);
            if (corpus.cases() == 0) out.println("hand-truth corpus pages: no PDFs at " + corpusPdfs.toAbsolutePath());
            else print(corpus, out, listBroken);
            return List.of(fixtures, corpus);
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(scratch);
        }
    }

    private static List<FidelityCase> ownPages(Path pdfs, Path truth) throws IOException {
        try {
            return corpusPages(pdfs, Files.readString(truth));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(truth + " is not hand truth in JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
    }

    private static String abbreviate(String source) {
        return switch (source) {
            case "regioplan" -> "ours";
            case "pdftotext" -> "pdftxt";
            case "pdftotext -layout" -> "layout";
            default -> source;
        };
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TextFidelityBenchmark.class.getResourceAsStream(RESOURCES + name);
        if (in == null) throw new UncheckedIOException(new IOException("missing resource " + RESOURCES + name));
        return in;
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
