package nl.regioplan.extractors.party;

import nl.regioplan.corpus.text.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link NameToken}s: runs of letters, digits, '&amp;' and '+', with an inner apostrophe
 * ("CJG's") or a leading "'s" ("'s-Hertogenbosch") kept. Hyphens, dots, commas and other punctuation separate
 * words, so "Olst-Wijhe" and "Olst Wijhe", "a.s.r." and "a s r" give the same keys.
 */
final class NameTokenizer {

    private NameTokenizer() {
    }

    static List<NameToken> tokens(String text) {
        List<NameToken> tokens = new ArrayList<>();
        int n = text.length();
        int gapStart = 0;
        int i = 0;
        while (i < n) {
            if (!isWordChar(text, i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isWordChar(text, i) || isApostropheInside(text, i))) i++;
            String raw = text.substring(start, i);
            tokens.add(new NameToken(raw, key(raw), start, i, text.substring(gapStart, start)));
            gapStart = i;
        }
        return tokens;
    }

    static String key(String raw) {
        return Folding.fold(raw).replace('’', '\'').replace('‘', '\'');
    }

    static boolean acronymLike(String raw) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        if (upper >= 2 && lower == 0) return true;
        // ActiZ, InEen, NZa, GGzE: a short word with a capital after the first letter, but not "IJssel"
        boolean innerCapital = false;
        for (int i = 1; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i)) && !(i == 1 && raw.startsWith("IJ"))) innerCapital = true;
        }
        return innerCapital && raw.length() <= 6;
    }

    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '&' || c == '+') return true;
        // the "'s" of "'s-Hertogenbosch" and "'s Heeren Loo"
        return isApostrophe(c) && i + 2 < text.length() && text.charAt(i + 1) == 's'
                && !Character.isLetter(text.charAt(i + 2)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    private static boolean isApostropheInside(String text, int i) {
        return isApostrophe(text.charAt(i)) && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }
}
