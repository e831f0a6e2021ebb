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
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code extract} and {@code ingest} read a PDF the same way (one document preparation: title, region, year from
 * the folder's catalogue), so both give the same records of every type. Checked on PDFs of ../shared/corpus/pdf
 * of each kind (municipal, national, regional; one whose region comes from its publisher), in a folder with the
 * corpus's own catalogue, against the shared fixture's ingest of the whole corpus.
 */
class ExtractMatchesIngestTest {
    /** A spread of the corpus, small enough to extract again in a test. */
    static final List<String> PDFS = List.of(
            "mun_almere_2024_2026_visie_gezondheidsbeleid_besluitenlijst.pdf",
            "mun_almere_pga_transformatieplan.pdf",
            "nat_azwa_2025_aanbiedingsbrief.pdf",
            "reg_ggd_flevoland_kadernota_2025.pdf",
            "reg_npz_almere_jaarplan_2025.pdf",
            "reg_samen_nijmegen_protocol_kwetsbare_zwangere_2024.pdf");

    @TempDir
    Path tmp;

    @Test
    void extractGivesTheRecordsIngestStoredForTheSamePdf() throws Exception {
        Path corpus = SharedCorpusFixture.corpus();
        Path ingested = SharedCorpusFixture.sharedCorpus().data();
        Path folder = Files.createDirectories(tmp.resolve("some-of-the-corpus"));
        Files.createSymbolicLink(folder.resolve("index.csv"), corpus.resolve("index.csv").toAbsolutePath());
        for (String pdf : PDFS) Files.createSymbolicLink(folder.resolve(pdf), corpus.resolve(pdf).toAbsolutePath());

        Path extracted = tmp.resolve("extracted");
        CommandRun extract = CommandRun.of("extract", folder.toString(), "--records", "all", "--format", "jsonl",
                "--out", extracted + "/");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        Path exported = tmp.resolve("exported");
        CommandRun export = CommandRun.of("export", "all", "--format", "jsonl", "--out", exported + "/",
                "--data", ingested.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        int compared = 0;
        for (RecordType type : RecordType.values()) {
            String file = type.table().name() + ".jsonl";
            Map<String, List<String>> fromExtract = byDocument(extracted.resolve(file));
            Map<String, List<String>> fromIngest = byDocument(exported.resolve(file));
            for (String pdf : PDFS) {
                String doc = pdf.replaceAll("\\.pdf$", "");
                List<String> lines = fromExtract.getOrDefault(doc, List.of());
                assertThat(lines).as(type + " of " + doc).isEqualTo(fromIngest.getOrDefault(doc, List.of()));
                compared += lines.size();
            }
        }
        assertThat(compared).as("records compared").isGreaterThan(100);
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
