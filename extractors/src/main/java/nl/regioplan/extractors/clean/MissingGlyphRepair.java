package nl.regioplan.extractors.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores a letter whose glyph has no Unicode mapping in the PDF font and came out as a control character
 * or U+FFFD ("\u0003uis" for "Thuis", where the lost glyph is the "Th" ligature). The letter or ligature is
 * the one that makes a word the same document uses elsewhere; when none does, the damage is left for
 * {@link ControlCharacterFilter} to drop.
 */
public record MissingGlyphRepair(Vocabulary vocabulary) implements TextFilter {
    private static final Pattern DAMAGED_WORD =
            Pattern.compile("\\p{L}*[\\x00-\\x08\\x0B-\\x1F\\x7F\\uFFFD]\\p{L}+|\\p{L}+[\\x00-\\x08\\x0B-\\x1F\\x7F\\uFFFD]\\p{L}*");
    /** Letters, and the ligatures fonts draw as one glyph (which lose two or three letters at once). */
    private static final List<String> CANDIDATES = candidates();

    @Override
    public String apply(String text) {
        if (!hasDamage(text)) return text;
        return DAMAGED_WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(repair(m.group())));
    }

    private String repair(String word) {
        int damaged = damagedIndex(word);
        String best = word;
        int bestCount = 0;
        for (String candidate : CANDIDATES) {
            String lower = word.substring(0, damaged) + candidate + word.substring(damaged + 1);
            int count = vocabulary.countIgnoreCase(lower);
            if (count > bestCount) {
                bestCount = count;
                best = lower;
            }
        }
        if (bestCount == 0) return word;
        if (damaged == 0) {
            String capitalised = Character.toUpperCase(best.charAt(0)) + best.substring(1);
            if (vocabulary.count(capitalised) >= vocabulary.count(best)) return capitalised;
        }
        return best;
    }

    private static List<String> candidates() {
        List<String> candidates = new ArrayList<>();
        "abcdefghijklmnopqrstuvwxyzéëèïöüáó".chars().forEach(c -> candidates.add(Character.toString(c)));
        candidates.addAll(List.of("ff", "fi", "fl", "ffi", "ffl", "ft", "fj", "tt", "th", "ct", "st"));
        return List.copyOf(candidates);
    }

    private static boolean hasDamage(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDamage(text.charAt(i))) return true;
        }
        return false;
    }

    private static int damagedIndex(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isDamage(word.charAt(i))) return i;
        }
        throw new IllegalStateException("no damage in " + word);
    }

    private static boolean isDamage(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\uFFFD';
    }
}
