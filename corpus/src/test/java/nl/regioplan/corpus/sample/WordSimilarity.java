package nl.regioplan.corpus.sample;

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
        if (a.isEmpty() && b.isEmpty()) return 1;
        int[] previous = new int[b.size() + 1];
        for (String word : a) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return 2.0 * previous[b.size()] / (a.size() + b.size());
    }
}
