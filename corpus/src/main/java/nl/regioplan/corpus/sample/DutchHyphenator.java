package nl.regioplan.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where a Dutch word may be broken at a line end, by syllable: a single consonant between vowels starts
 * the next syllable (ma-ken), of a cluster only the last one does (kos-ten, zorg-ver) unless the cluster ends in a
 * Dutch onset (la-chen, ver-schil, ba-sis-struc-tuur, tot-stand). Compound boundaries are not known, so this is Dutch-ish: good enough
 * to make realistic line-end hyphens, not a dictionary hyphenator.
 */
final class DutchHyphenator {
    private static final int MIN_WORD = 7;
    private static final int MIN_HEAD = 2;
    private static final int MIN_TAIL = 3;
    private static final String VOWELS = "aeiouyáéíóúàèìòùäëïöüâêîôû";
    /** Consonant clusters that begin a Dutch syllable, longest first so "schr" wins over "ch". */
    private static final List<String> ONSETS = List.of("schr", "sch", "spl", "spr", "str", "ch", "bl", "br", "cl", "cr", "dr", "fl", "fr",
            "gl", "gr", "kl", "kr", "pl", "pr", "sl", "tr", "vl", "vr", "wr");
    private static final Set<Character> NOT_WORD = Set.of('@', '/', '.', ':', '_');

    /** Positions {@code i} where {@code word} may be shown as {@code word[0,i) + "-"} and {@code word[i,)}. */
    List<Integer> breaks(String word) {
        List<Integer> breaks = new ArrayList<>();
        if (word.length() < MIN_WORD || !isPlainWord(word)) return breaks;
        String lower = word.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n && !isVowel(lower, i)) i++;
        while (i < n) {
            while (i < n && isVowel(lower, i)) i++;
            int clusterStart = i;
            while (i < n && !isVowel(lower, i)) i++;
            if (i >= n) break;
            String cluster = lower.substring(clusterStart, i);
            int at = i - onsetLength(cluster);
            if (at >= MIN_HEAD && n - at >= MIN_TAIL) breaks.add(at);
        }
        return breaks;
    }

    private static int onsetLength(String cluster) {
        if (cluster.length() <= 1) return cluster.length();
        for (String onset : ONSETS) {
            if (cluster.endsWith(onset)) return onset.length();
        }
        // After another consonant st and sp start the syllable (tot-stand, ang-sten, ont-span); alone they split
        // (kos-ten, wes-pen).
        if (cluster.length() >= 3 && (cluster.endsWith("st") || cluster.endsWith("sp"))) return 2;
        return 1;
    }

    /** Letters only, and not an acronym: GGZ, WOZO and e-mail addresses stay whole. */
    private static boolean isPlainWord(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || NOT_WORD.contains(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper <= 1;
    }

    /** A vowel, counting the j of the Dutch digraph ij. */
    private static boolean isVowel(String lower, int i) {
        char c = lower.charAt(i);
        if (VOWELS.indexOf(c) >= 0) return true;
        return c == 'j' && i > 0 && lower.charAt(i - 1) == 'i';
    }
}
