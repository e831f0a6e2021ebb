package nl.regioplan.corpus.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and diacritic folding, the one way every module compares words: compatibility decomposition (NFKD, so
 * the ĳ-ligature becomes "ij"), combining marks dropped, lower case. "Coöperatie" and "cooperatie", "Súdwest
 * Fryslân" and "sudwest fryslan" fold alike. Callers add what their comparison needs on top (apostrophes,
 * separators).
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            // plain ASCII is its own decomposition: skip the normaliser, most words of the corpus are
            if (text.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * A pattern over Dutch wording that matches whatever the case, of accented letters too ("Één", "VÓÓR"):
     * Java's case-insensitive matching alone folds ASCII only. Diacritics are not folded ("vóór" is not "voor").
     */
    public static Pattern ignoringCase(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Folds char by char (a character keeps the first char of its decomposition), so an offset into the result
     * is an offset into the text; curly single quotes become straight ones.
     */
    public static String foldKeepingOffsets(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
                if (!d.isEmpty()) c = d.charAt(0);
                if (c == '’' || c == '‘') c = '\'';
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }
}
