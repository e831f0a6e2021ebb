package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared gold annotates target statements of the real Midden-IJssel plan. Re-flowing the seed text must keep
 * each of them whole inside one paragraph of one page, or no extractor could find them in the sample PDF.
 */
class SampleTruthGoldTest {
    private static final String DOC = "regioplan-midden-ijssel-2023";

    @Test
    void everyGoldStatementIsWholeInOneParagraphOfTheTruth() throws IOException {
        String shared = System.getProperty("regioplan.shared");
        Path gold = shared == null ? null : Path.of(shared, "gold", "gold_midden_ijssel.jsonl");
        assumeTrue(gold != null && Files.isRegularFile(gold),
                "../shared/gold/gold_midden_ijssel.jsonl not found (system property regioplan.shared); gold not checked");
        SampleDocumentTruth truth = SampleDocumentTruth.read(WrittenSampleCorpus.dir().resolve(DOC + ".truth.json"));
        List<String> paragraphs = new ArrayList<>();
        for (SamplePageTruth page : truth.pages()) {
            for (Paragraph p : page.paragraphs()) paragraphs.add(normal(p.text()));
        }
        ObjectMapper json = new ObjectMapper();
        List<String> statements = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            if (!line.isBlank() && DOC.equals(json.readTree(line).path("doc").asText())) {
                statements.add(normal(json.readTree(line).path("text").asText()));
            }
        }
        assertThat(statements).hasSizeGreaterThan(40);
        assertThat(statements).allSatisfy(statement ->
                assertThat(paragraphs).anySatisfy(paragraph -> assertThat(paragraph).contains(statement)));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    }
}
