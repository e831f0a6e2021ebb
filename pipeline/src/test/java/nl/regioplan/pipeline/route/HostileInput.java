package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the hostile-input tests share: the good sample PDFs, and the checks on what a run made of each file. */
final class HostileInput {
    /** Java's own words, which a quarantine reason must never show a user instead of a sentence. */
    static final String JAVA_TEXT = "(?i).*(exception|java\\.|cannot invoke|because \"|\\bnull\\b|\\bat [a-z]+\\.).*";

    private HostileInput() {
    }

    /** The PDFs of the sample corpus, without its manifest (so each file is ingested under its own name). */
    static List<Path> samplePdfs(Path dir) throws IOException {
        Path written = dir.resolve("written");
        SampleCorpus.write(written);
        Path pdfs = Files.createDirectories(dir.resolve("pdfs"));
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(written)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                copies.add(Files.copy(pdf, pdfs.resolve(pdf.getFileName())));
            }
        }
        return copies;
    }

    /**
     * Short runs of text pages cut from the sample PDFs (their fonts, structure and streams, few pages), so a
     * few hundred mutants of them parse in a couple of minutes; the scanned page 4 of each is left out, as OCR
     * would cost seconds per mutant.
     */
    static List<Path> excerpts(List<Path> pdfs, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> excerpts = new ArrayList<>();
        for (Path pdf : pdfs) {
            for (int[] range : new int[][]{{1, 2}, {5, 6}}) {
                Path excerpt = dir.resolve(DataStore.docIdOf(pdf.getFileName().toString())
                        + "-p" + range[0] + "-" + range[1] + ".pdf");
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    for (int page = document.getNumberOfPages(); page >= 1; page--) {
                        if (page < range[0] || page > range[1]) document.removePage(page - 1);
                    }
                    document.save(excerpt.toFile());
                }
                excerpts.add(excerpt);
            }
        }
        return excerpts;
    }

    /** The run's quarantine, by file name. */
    static Map<String, QuarantineEntry> quarantine(Path data) {
        return new DataStore(data).quarantined().stream()
                .collect(Collectors.toMap(QuarantineEntry::file, Function.identity()));
    }

    /** Whether search finds passages of the document: it went through every stage. */
    static boolean searchable(Path data, String doc) throws Exception {
        CommandRun search = CommandRun.of("search", "doc:\"" + doc + "\"", "--data", data.toString(), "--json");
        if (search.exitCode() != 0) return false;
        JsonNode hits = DataStore.json().readTree(search.text());
        return hits.get("total").asInt() > 0;
    }

    /** What became of one file: ingested and searchable, or quarantined with a reason in words. */
    static Outcome outcome(Path data, Map<String, QuarantineEntry> quarantine, Path file) throws Exception {
        String name = file.getFileName().toString();
        String doc = DataStore.docIdOf(name);
        Optional<QuarantineEntry> q = Optional.ofNullable(quarantine.get(name));
        boolean catalogued = new DataStore(data).catalogEntry(doc).isPresent();
        if (q.isPresent()) {
            assertThat(catalogued).as(name + " is both quarantined and catalogued").isFalse();
            assertThat(q.get().reason()).as(name + ": a reason in words").isNotBlank().doesNotMatch(JAVA_TEXT);
            return new Outcome(name, q.get().failure(), q.get().reason());
        }
        assertThat(catalogued).as(name + " is neither ingested nor quarantined").isTrue();
        assertThat(searchable(data, doc)).as(name + " is catalogued but not searchable").isTrue();
        return new Outcome(name, "INGESTED", null);
    }

    record Outcome(String file, String failure, String reason) {
        boolean ingested() {
            return failure.equals("INGESTED");
        }
    }
}
