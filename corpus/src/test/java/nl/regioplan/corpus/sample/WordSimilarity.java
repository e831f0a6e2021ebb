package nl.regioplan.corpus.sample;

import nl.regioplan.corpus.text.WordEdits;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word-level similarity of two texts: twice the longest common word subsequence over the total word count. */
final class WordSimilarity {
    private WordSimilarity() {
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normal.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    static double of(List<String> a, List<String> b) {
        return WordEdits.commonShare(a, b);
    }
}
