package nl.regioplan.extractors.fidelity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as the measures compare it: a sequence of words, case, accents' composition and punctuation ignored, so
 * that "basis- ggz" and "basis-ggz" or curly and straight quotes do not count as differences.
 */
final class WordSequence {
    private WordSequence() {
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Word-level Levenshtein distance, in two rows of memory. */
    static int editDistance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1], current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) previous[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            String word = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (word.equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** Where {@code part} occurs as a contiguous run in {@code words} at or after {@code from}, else -1. */
    static int indexOf(List<String> words, List<String> part, int from) {
        if (part.isEmpty()) return from;
        outer:
        for (int i = Math.max(0, from); i + part.size() <= words.size(); i++) {
            for (int k = 0; k < part.size(); k++) {
                if (!matches(part.get(k), words.get(i + k))) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** '#' in a running-line pattern stands for any number. */
    private static boolean matches(String pattern, String word) {
        return pattern.equals(word) || (pattern.equals("#") && word.chars().allMatch(Character::isDigit));
    }

    static List<String> concat(List<List<String>> parts) {
        List<String> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }
}
