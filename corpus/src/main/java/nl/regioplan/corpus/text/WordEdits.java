package nl.regioplan.corpus.text;

import java.util.List;

/**
 * Edit distance between two word sequences, the one measure of how far an extracted text is from its truth.
 * A substitution costs 1 (Levenshtein: a misread word is one edit) or 2 (a delete and an insert, so that the
 * distance is {@code a + b - 2 * LCS} and {@code 1 - distance / (a + b)} is the share of words both have in order).
 */
public final class WordEdits {
    private WordEdits() {
    }

    /** Levenshtein distance over words. */
    public static int distance(List<String> a, List<String> b) {
        return distance(a, b, 1);
    }

    /** Twice the longest common word subsequence over the total word count; 1 for two empty texts. */
    public static double commonShare(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        return 1 - (double) distance(a, b, 2) / (a.size() + b.size());
    }

    /** In two rows of memory: the texts compared are whole pages or documents. */
    private static int distance(List<String> a, List<String> b, int substitution) {
        int[] previous = new int[b.size() + 1], current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) previous[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            String word = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (word.equals(b.get(j - 1)) ? 0 : substitution);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
