package nl.regioplan.extractors.theme;

import nl.regioplan.corpus.text.Folding;


/**
 * A deliberately light Dutch stemmer for matching lexicon terms: folds case and diacritics, then strips the
 * regular plural and inflection endings (-'s, -s, -en, -e) and collapses the vowel doubling that open
 * syllables undo ("afspraak"/"afspraken" both give "afsprak", "wachttijden" gives "wachttijd",
 * "ziekenhuizen" gives "ziekenhuis"). It conflates too much for search, which is fine here: lexicon and
 * text go through the same function, so only the two sides' agreement matters.
 */
public final class DutchStemmer {

    private DutchStemmer() {
    }

    /** Lower case, no diacritics, the ĳ-ligature spelled out. */
    public static String fold(String word) {
        return Folding.fold(word).replace('’', '\'');
    }

    /** The stem of an already folded word. */
    public static String stem(String w) {
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        int n = w.length();
        if (n > 5 && w.endsWith("en")) {
            w = undouble(w.substring(0, n - 2));
        } else if (n > 4 && w.endsWith("s")) {
            char before = w.charAt(n - 2);
            boolean consonantS = !isVowel(before) && before != 's';
            // "regios", "themas": plurals whose apostrophe the PDF lost ("focus" gives "focu" too, harmlessly)
            boolean lostApostrophe = "aou".indexOf(before) >= 0;
            if (consonantS || lostApostrophe) w = w.substring(0, n - 1);
        }
        if (w.length() > 4 && w.endsWith("e") && !w.endsWith("ee")) w = w.substring(0, w.length() - 1);
        return w.replace("aa", "a").replace("oo", "o").replace("uu", "u").replace("ee", "e");
    }

    /** Folds and stems. */
    public static String foldAndStem(String word) {
        return stem(fold(word));
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1))) return w.substring(0, n - 1);
        if (n > 2 && w.charAt(n - 1) == 'z' && isVowel(w.charAt(n - 2))) return w.substring(0, n - 1) + "s";
        if (n > 2 && w.charAt(n - 1) == 'v' && isVowel(w.charAt(n - 2))) return w.substring(0, n - 1) + "f";
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
