package nl.regioplan.index.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Splits a Dutch compound into the dictionary words it is made of, adding them at the compound's position.
 *
 * <p>Unlike Lucene's DictionaryCompoundWordTokenFilter, which adds every dictionary word found anywhere
 * inside a token, a split must account for the whole word: listed parts joined directly or by a linking
 * -s-, -e-, -en- or -er-, the last one optionally inflected (-s, -e, -n, -en, -er, -ers, -es). So
 * "personeelstekort" gives personeel and tekort, "arbeidsmarkttekorten" arbeidsmarkt and tekort, while
 * "graadmeters" gives no "raad", "ingepland" no "land" and "daadwerkelijk" no "werk". The split with the
 * fewest parts wins. When no full split exists, the longest listed word of {@value #MIN_HEAD}+ letters
 * that ends the word is added alone: Dutch compounds are right-headed, so "flevoziekenhuis" is a
 * ziekenhuis even when "flevo" is not listed; not when what precedes it is a derivational prefix, as
 * "verbinding" is no kind of binding and "uitvoering" no kind of voering.
 */
public final class DutchCompoundWordTokenFilter extends CompoundWordTokenFilterBase {
    static final int MIN_HEAD = 6;
    private static final int MIN_UNLISTED_PREFIX = 3;
    private static final String[] LINKERS = {"", "s", "e", "en", "er"};
    private static final String[] ENDINGS = {"", "s", "e", "n", "en", "er", "ers", "es"};
    /** Dutch prefixes that derive a new word rather than name a kind of the rest. */
    private static final Set<String> PREFIXES = Set.of("aan", "af", "be", "bij", "con", "des", "door", "er", "ge",
            "her", "in", "mede", "mis", "ont", "onder", "op", "over", "pro", "te", "toe", "uit", "ver", "voor", "weg");

    public DutchCompoundWordTokenFilter(TokenStream input, CharArraySet dictionary, int minWordSize,
                                        int minSubwordSize, int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
    }

    @Override
    protected void decompose() {
        char[] word = termAtt.buffer();
        int length = termAtt.length();
        List<int[]> parts = fullSplit(word, length);
        if (parts.isEmpty()) {
            int[] head = head(word, length);
            if (head != null) {
                parts = List.of(head);
            }
        }
        for (int[] part : parts) {
            tokens.add(new CompoundToken(part[0], part[1]));
        }
    }

    /** Parts (start, length) of the split with fewest parts (then the longest first part), or none. */
    private List<int[]> fullSplit(char[] word, int length) {
        // parts[i]: fewest parts before a part may start at i; from[i]: the part (start, length) that led there.
        // Sizes are tried longest first and only a strictly better count replaces a path, so ties keep the
        // longer earlier part: "huisartsenpost" is huisartsen + post, not huis + artsenpost.
        int[] parts = new int[length + 1];
        Arrays.fill(parts, Integer.MAX_VALUE);
        int[][] from = new int[length + 1][];
        parts[0] = 0;
        List<int[]> best = List.of();
        for (int start = 0; start < length; start++) {
            if (parts[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int size = Math.min(maxSubwordSize, length - start); size >= minSubwordSize; size--) {
                if (!dictionary.contains(word, start, size)) {
                    continue;
                }
                int end = start + size;
                int count = parts[start] + 1;
                if (start > 0 && endsWith(word, end, length)) {
                    List<int[]> split = path(from, start, new int[] {start, size});
                    if (best.isEmpty() || split.size() < best.size()
                            || (split.size() == best.size() && split.getFirst()[1] > best.getFirst()[1])) {
                        best = split;
                    }
                }
                for (String linker : LINKERS) {
                    int next = end + linker.length();
                    if (next < length && matches(word, end, linker) && count < parts[next]) {
                        parts[next] = count;
                        from[next] = new int[] {start, size};
                    }
                }
            }
        }
        return best;
    }

    private static List<int[]> path(int[][] from, int start, int[] last) {
        List<int[]> split = new ArrayList<>();
        split.add(last);
        for (int at = start; at > 0; at = from[at][0]) {
            split.addFirst(from[at]);
        }
        return split;
    }

    /** The longest listed word ending the token, if long enough and not the whole token. */
    private int[] head(char[] word, int length) {
        for (String ending : ENDINGS) {
            int stem = length - ending.length();
            if (!matches(word, stem, ending)) {
                continue;
            }
            for (int start = MIN_UNLISTED_PREFIX; stem - start >= MIN_HEAD; start++) {
                int size = stem - start;
                if (size <= maxSubwordSize && dictionary.contains(word, start, size)) {
                    return PREFIXES.contains(new String(word, 0, start)) ? null : new int[] {start, size};
                }
            }
        }
        return null;
    }

    private static boolean endsWith(char[] word, int end, int length) {
        for (String ending : ENDINGS) {
            if (end + ending.length() == length && matches(word, end, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(char[] word, int at, String text) {
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (word[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
