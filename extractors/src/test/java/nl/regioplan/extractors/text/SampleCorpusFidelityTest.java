package nl.regioplan.extractors.text;

import nl.regioplan.corpus.sample.PageLayout;
import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.corpus.sample.SampleDocumentTruth;
import nl.regioplan.corpus.sample.SamplePageTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction fidelity on PDFs whose true text we know: the generated sample corpus (two-column and slide pages,
 * running headers, page numbers, hyphenated line ends, bullets, one scanned page). The score is the share of the
 * true words recovered in reading order (longest common subsequence of words / true words: interleaved columns,
 * lost words and unjoined hyphenation cost) and the share of extracted words that belong there (the same
 * subsequence / extracted words: leftover headers, footers and page numbers cost).
 */
class SampleCorpusFidelityTest {
    @TempDir
    Path dir;

    @Test
    void textPagesComeOutInReadingOrderAlmostWordForWord() throws Exception {
        List<SampleDocumentTruth> truths = SampleCorpus.write(dir);
        PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor();
        Map<PageLayout, List<Double>> scores = new EnumMap<>(PageLayout.class);
        List<Double> precision = new ArrayList<>();
        for (SampleDocumentTruth truth : truths) {
            DocumentText text = extractor.extract(dir.resolve(truth.doc() + ".pdf"), truth.doc());
            assertThat(text.pages()).hasSize(truth.pages().size());
            for (SamplePageTruth page : truth.pages()) {
                if (page.scanned()) continue;
                List<String> expected = words(page.text());
                List<String> got = words(text.pages().get(page.page() - 1).text());
                int common = commonSubsequence(expected, got);
                scores.computeIfAbsent(page.layout(), k -> new ArrayList<>()).add(expected.isEmpty() ? 1.0 : (double) common / expected.size());
                precision.add(got.isEmpty() ? 1.0 : (double) common / got.size());
            }
        }
        scores.forEach((layout, s) -> System.out.printf(Locale.ROOT, "%-10s pages %3d  mean %.3f  min %.3f%n", layout,
                s.size(), mean(s), s.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
        assertThat(mean(scores.get(PageLayout.TWO_COLUMN))).isGreaterThanOrEqualTo(0.95);
        assertThat(mean(scores.get(PageLayout.SLIDE))).isGreaterThanOrEqualTo(0.90);
        System.out.printf(Locale.ROOT, "precision  pages %3d  mean %.3f%n", precision.size(), mean(precision));
        assertThat(mean(precision)).isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static int commonSubsequence(List<String> truth, List<String> extracted) {
        int[] previous = new int[extracted.size() + 1];
        int[] current = new int[extracted.size() + 1];
        for (String t : truth) {
            for (int j = 1; j <= extracted.size(); j++) {
                current[j] = t.equals(extracted.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[extracted.size()];
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
