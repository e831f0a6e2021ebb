package nl.regioplan.corpus.sample;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a seed line continues the paragraph before it, and how the two join.
 *
 * <p>pdftotext ends a line wherever the PDF's column ended, so one sentence spreads over many lines, often with a
 * blank line between them. A line that ends in a sentence mark closes its paragraph; a line that ends in a comma or
 * hyphen, is followed by a lower-case start, or was filled to the column edge (long, with pdftotext's trailing
 * space) runs on into the next one.
 */
final class LineJoiner {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•Å\uF0B7]|[-–](?=\\s))\\s*");
    private static final String SENTENCE_END = ".!?;:";
    /** A filled line is at least this long; shorter ones with a trailing space are labels or headings. */
    private static final int FILLED_LINE = 40;
    /** Vowel pairs that Dutch would read as one sound, so a compound joining them keeps its hyphen (zee-egel). */
    private static final Set<String> VOWEL_CLASH = Set.of(
            "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ij", "oe", "oi", "oo", "ou", "ui", "uu");

    private final Set<String> hyphenatedWords;

    private LineJoiner(Set<String> hyphenatedWords) {
        this.hyphenatedWords = hyphenatedWords;
    }

    /** A joiner that knows which hyphenated words {@code text} writes whole inside a line. */
    static LineJoiner forText(String text) {
        Set<String> words = new HashSet<>();
        for (String line : text.split("\n")) {
            String[] tokens = line.strip().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                boolean lineEndHyphen = i == tokens.length - 1 && tokens[i].endsWith("-");
                String word = trimPunctuation(tokens[i]).toLowerCase(Locale.ROOT);
                if (!lineEndHyphen && word.indexOf('-') > 0) words.add(word);
            }
        }
        return new LineJoiner(Set.copyOf(words));
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }

    static String withoutBullet(String line) {
        return BULLET.matcher(line).replaceFirst("");
    }

    /** True when {@code next} carries on the paragraph whose last seed line was {@code previousRaw}. */
    boolean continues(String previousRaw, String next) {
        String previous = previousRaw.stripTrailing();
        if (previous.isEmpty() || next.isBlank() || isBullet(next)) return false;
        char last = previous.charAt(previous.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) return false;
        if (last == ',' || last == '-' && previous.length() == previousRaw.length()) return true;
        if (isAddress(next)) return false;
        if (startsLowerCase(next)) return true;
        return previousRaw.length() > previous.length() && previous.length() >= FILLED_LINE;
    }

    /** {@code text} (ending in the previous line) followed by {@code next}, a line-end hyphen resolved. */
    String join(String text, String previousRaw, String next) {
        String previous = previousRaw.stripTrailing();
        String following = normalise(next);
        boolean brokenWord = previous.endsWith("-") && previous.length() == previousRaw.length();
        if (!brokenWord) return text + " " + following;
        return keepsHyphen(previous, following)
                ? text + following
                : text.substring(0, text.length() - 1) + following;
    }

    static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    /**
     * A line-end hyphen stays when it belongs to the word: after a digit, sign, space (pdftotext's "regio -") or
     * capital (GGZ-), before a capital (Midden-IJssel), between vowels Dutch keeps apart, between two adjectives
     * (medisch-generalistische), or when the document writes the word with that hyphen elsewhere.
     */
    private boolean keepsHyphen(String previous, String following) {
        if (previous.length() < 2 || following.isEmpty()) return true;
        char before = previous.charAt(previous.length() - 2);
        char after = following.charAt(0);
        if (!Character.isLetter(before) || Character.isUpperCase(before) || !Character.isLowerCase(after)) return true;
        String left = lastWord(previous.substring(0, previous.length() - 1)).toLowerCase(Locale.ROOT);
        String right = firstWord(following).toLowerCase(Locale.ROOT);
        if (VOWEL_CLASH.contains("" + before + after)) return true;
        if (left.endsWith("isch") || right.endsWith("isch") || right.endsWith("ische")) return true;
        return hyphenatedWords.contains(left + "-" + right);
    }

    /** A line that is only an e-mail address or a web address: a contact list entry, not running text. */
    private static boolean isAddress(String line) {
        String s = line.strip();
        return !s.contains(" ") && (s.contains("@") || s.startsWith("http") || s.startsWith("www."));
    }

    /** The first letter is lower case, after any opening bracket or quote: "(wachttijden", "‘in samenhang". */
    private static boolean startsLowerCase(String line) {
        String s = line.strip();
        int i = 0;
        while (i < s.length() && "([{‘“'\"".indexOf(s.charAt(i)) >= 0) i++;
        return i < s.length() && Character.isLowerCase(s.charAt(i));
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) i--;
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        return s.substring(0, i);
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) end--;
        return token.substring(start, end);
    }
}
