package nl.regioplan.extractors.eval;

import nl.regioplan.corpus.text.Folding;

import java.util.HashSet;
import java.util.Set;

/** Word-set similarity of two statements after normalisation (case, accents, punctuation, hyphens). */
public final class TextSimilarity {
    private TextSimilarity() {
    }

    public static Set<String> words(String text) {
        String folded = Folding.fold(text);
        Set<String> words = new HashSet<>();
        for (String w : folded.split("[^\\p{L}\\d]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /** 2|A∩B| / (|A|+|B|). */
    public static double dice(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        return 2.0 * common(x, y) / (x.size() + y.size());
    }

    /** The share of {@code part}'s words found in {@code whole}. */
    public static double containment(String part, String whole) {
        Set<String> x = words(part);
        if (x.isEmpty()) return 0;
        return (double) common(x, words(whole)) / x.size();
    }

    private static int common(Set<String> x, Set<String> y) {
        int n = 0;
        for (String w : x) if (y.contains(w)) n++;
        return n;
    }
}
