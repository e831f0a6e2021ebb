package nl.regioplan.extractors.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often each word occurs in one document. Repairs consult it because the document itself is the best
 * judge of its own spelling: if "regio-opgaven" occurs elsewhere, a line-end "regio-/opgaven" keeps its hyphen.
 * Words with inner hyphens are counted whole.
 */
public final class Vocabulary {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Vocabulary EMPTY = new Vocabulary();

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();

    private Vocabulary() {
    }

    public static Vocabulary empty() {
        return EMPTY;
    }

    public static Vocabulary of(Iterable<String> texts) {
        Vocabulary vocabulary = new Vocabulary();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group();
                vocabulary.exact.merge(word, 1, Integer::sum);
                vocabulary.folded.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return vocabulary;
    }

    /** Occurrences with exactly this spelling. */
    public int count(String word) {
        return exact.getOrDefault(word, 0);
    }

    /** Occurrences in any letter case. */
    public int countIgnoreCase(String word) {
        return folded.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }
}
