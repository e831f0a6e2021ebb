package nl.regioplan.extractors.clean;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words the layout broke across lines ("arbeidsmarkt-/tekorten" becomes "arbeidsmarkttekorten") and
 * removes soft hyphens, but keeps hyphens that are part of the spelling:
 * <ul>
 *   <li>an elision before en/of/tot ("zorg-/en welzijn" becomes "zorg- en welzijn", see elision-words.txt);</li>
 *   <li>a next part that starts with a capital or digit ("Olst-/Wijhe", "2022-/2025");</li>
 *   <li>a first part that is one letter, an abbreviation in capitals or ends in a digit ("e-/health",
 *       "GGZ-/instelling", "65-/plussers");</li>
 *   <li>vowels that would run together ("regio-/opgaven"): Dutch spelling requires the hyphen there;</li>
 *   <li>a hyphenated spelling the same document uses more than the joined one.</li>
 * </ul>
 */
public record LineEndHyphenJoiner(Vocabulary vocabulary) implements TextFilter {
    /**
     * Tried at word starts only: without the look-behind a failed try at a word's first letter was tried again at
     * each of its other letters, each time running to the word's end (quadratic in the word's length), with the
     * same outcome, since the letters run to the same end from anywhere inside the word.
     */
    private static final Pattern BROKEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]+)([-\\u00AD]) *\\n *(\\S+)");
    private static final Pattern INNER_SOFT_HYPHEN = Pattern.compile("\\u00AD(?! *\\n)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)]+$");
    private static final Set<String> VOWEL_CLASHES = Set.of(
            "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu");
    private static final Set<String> ELISION_WORDS = loadElisionWords();

    @Override
    public String apply(String text) {
        String withoutInnerSoftHyphens = text.indexOf('\u00AD') < 0 ? text : INNER_SOFT_HYPHEN.matcher(text).replaceAll("");
        if (!withoutInnerSoftHyphens.contains("\n")) return withoutInnerSoftHyphens;
        return BROKEN.matcher(withoutInnerSoftHyphens).replaceAll(
                m -> Matcher.quoteReplacement(repair(m.group(1), m.group(2).charAt(0), m.group(3))));
    }

    private String repair(String left, char hyphen, String next) {
        if (hyphen == '\u00AD') return left + next;
        String nextWord = TRAILING_PUNCTUATION.matcher(next).replaceAll("");
        if (ELISION_WORDS.contains(nextWord.toLowerCase(Locale.ROOT))) return left + "- " + next;
        char first = next.charAt(0);
        if (!Character.isLetter(first)) return Character.isDigit(first) ? left + "-" + next : left + "- " + next;
        if (keepsHyphen(left, nextWord)) return left + "-" + next;
        return left + next;
    }

    private boolean keepsHyphen(String left, String nextWord) {
        if (Character.isUpperCase(nextWord.charAt(0))) return true;
        if (left.length() == 1 || Character.isDigit(left.charAt(left.length() - 1))) return true;
        if (left.length() > 1 && left.equals(left.toUpperCase(Locale.ROOT))) return true;
        int hyphenated = vocabulary.countIgnoreCase(left + "-" + nextWord);
        int joined = vocabulary.countIgnoreCase(left + nextWord);
        if (hyphenated != joined) return hyphenated > joined;
        String seam = (left.substring(left.length() - 1) + nextWord.charAt(0)).toLowerCase(Locale.ROOT);
        return VOWEL_CLASHES.contains(seam);
    }

    private static Set<String> loadElisionWords() {
        try (InputStream in = LineEndHyphenJoiner.class.getResourceAsStream("elision-words.txt")) {
            return Set.copyOf(DataTable.words(in, "elision-words.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
