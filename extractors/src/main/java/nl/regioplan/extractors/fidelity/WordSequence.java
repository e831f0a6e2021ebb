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
