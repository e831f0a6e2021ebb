package nl.regioplan.extractors.mention;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * The Dutch number words and fractions of resource number-words-nl.txt, found by a word-by-word lookup (one
 * pass over the sentence instead of a regular expression with dozens of alternatives at every position).
 */
final class NumberWords {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    record Entry(double value, boolean percent) {
    }

    private final Map<String, Entry> entries;

    private NumberWords(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static NumberWords dutch() {
        try (InputStream in = NumberWords.class.getResourceAsStream("number-words-nl.txt")) {
            Map<String, Entry> entries = new HashMap<>();
            for (String[] f : DataTable.rows(in, '\t', 3, "number-words-nl.txt")) {
                entries.put(f[0], new Entry(Double.parseDouble(f[1]), "percent".equals(f[2])));
            }
            return new NumberWords(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number words standing alone (not inside a word or a hyphenated compound), two-word fractions first. */
    List<Mention> find(String s) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            boolean glued = start > 0 && isGlue(s.charAt(start - 1)) || i < s.length() && isGlue(s.charAt(i));
            words.add(new int[]{start, i, glued ? 1 : 0});
        }
        List<Mention> found = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            if (word[2] == 1) continue;
            if (w + 1 < words.size() && words.get(w + 1)[2] == 0
                    && s.substring(word[1], words.get(w + 1)[0]).isBlank()) {
                int end = words.get(w + 1)[1];
                Entry pair = entries.get(key(s.substring(word[0], end)));
                if (pair != null) {
                    found.add(mention(pair, s, word[0], end));
                    w++;
                    continue;
                }
            }
            Entry single = entries.get(key(s.substring(word[0], word[1])));
            if (single != null) found.add(mention(single, s, word[0], word[1]));
        }
        return found;
    }

    private static boolean isGlue(char c) {
        return c == '-' || Character.isDigit(c);
    }

    private static String key(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        // looked up for every word of every text: most are one word, with nothing for the pattern to replace
        for (int i = 0; i < lower.length(); i++) {
            if (" \t\n\u000B\f\r".indexOf(lower.charAt(i)) >= 0) return SPACES.matcher(lower).replaceAll(" ");
        }
        return lower;
    }

    private static Mention mention(Entry e, String s, int start, int end) {
        String raw = s.substring(start, end);
        return e.percent()
                ? new Mention(MentionType.PERCENTAGE, e.value(), "percent", raw, null, null, start, end)
                : new Mention(MentionType.NUMBER, e.value(), "count", raw, null, null, start, end);
    }
}
