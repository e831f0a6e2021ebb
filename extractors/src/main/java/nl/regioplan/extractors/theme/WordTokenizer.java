package nl.regioplan.extractors.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into folded words: runs of letters and digits, keeping an inner apostrophe ("regio's") and
 * splitting at hyphens, so "ggz-wachttijden" gives two words and a line-end "zorg-" stays "zorg".
 */
public final class WordTokenizer {
    private WordTokenizer() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c)
                    || (c == '\'' || c == '’') && start >= 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1));
            if (inWord) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(DutchStemmer.fold(text.substring(start, i)));
                start = -1;
            }
        }
        return words;
    }
}
