package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.export.RecordType;
import nl.regioplan.pipeline.route.SharedCorpusFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extract} and {@code ingest} read a PDF the same way (one document preparation: title, region, year from
 * the folder's catalogue), so both give the same records of every type. Checked on every PDF of ../shared/corpus/pdf
 * (with the corpus's own catalogue) against the shared fixture's ingest of it: the extract runs in this JVM, once.
 */
class ExtractMatchesIngestTest {
    @TempDir
    Path tmp;

    @Test
    void extractGivesTheRecordsIngestStoredForEveryPdfOfTheCorpus() throws Exception {
        Path corpus = SharedCorpusFixture.corpus();
        Path ingested = SharedCorpusFixture.sharedCorpus().data();
        List<String> docs;
        try (Stream<Path> pdfs = Files.list(corpus)) {
            docs = pdfs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .map(n -> n.replaceAll("\\.pdf$", "")).sorted().toList();
        }

        Path extracted = tmp.resolve("extracted");
        CommandRun extract = CommandRun.of("extract", corpus.toString(), "--records", "all", "--format", "jsonl",
                "--out", extracted + "/");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        Path exported = tmp.resolve("exported");
        CommandRun export = CommandRun.of("export", "all", "--format", "jsonl", "--out", exported + "/",
                "--data", ingested.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        int compared = 0;
        Set<String> withRecords = new TreeSet<>();
        for (RecordType type : RecordType.values()) {
            String file = type.table().name() + ".jsonl";
            Map<String, List<String>> fromExtract = byDocument(extracted.resolve(file));
            Map<String, List<String>> fromIngest = byDocument(exported.resolve(file));
            assertThat(fromExtract.keySet()).as(type + ": documents").isEqualTo(fromIngest.keySet());
            for (String doc : docs) {
                List<String> lines = fromExtract.getOrDefault(doc, List.of());
                assertThat(lines).as(type + " of " + doc).isEqualTo(fromIngest.getOrDefault(doc, List.of()));
                compared += lines.size();
                if (!lines.isEmpty()) withRecords.add(doc);
            }
        }
        assertThat(docs).hasSizeGreaterThan(50);
        assertThat(withRecords).as("documents with records, compared").isEqualTo(new TreeSet<>(docs));
        assertThat(compared).as("records compared").isGreaterThan(1000);
    }

    /** The lines of a JSON Lines export, by the document each record is of, in file order. */
    private static Map<String, List<String>> byDocument(Path jsonl) throws Exception {
        Map<String, List<String>> lines = new TreeMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            String doc = nl.regioplan.pipeline.store.DataStore.json().readTree(line).get("doc").asText();
            lines.computeIfAbsent(doc, d -> new ArrayList<>()).add(line);
        }
        return lines;
    }
}
