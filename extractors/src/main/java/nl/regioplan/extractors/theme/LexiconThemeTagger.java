package nl.regioplan.extractors.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * Tags text with IZA themes from a {@link ThemeLexicon}. The text's words are stemmed like the lexicon; at
 * each word the longest lexicon phrase that starts there wins, and a word no phrase covers may still carry a
 * term as a compound part: its head ("ggz-" + "wachttijden", "huisartsen" + "post") or a clear modifier of
 * at least {@value ThemeLexicon#MIN_COMPOUND_PART} letters ("wachttijden" + "aanpak"). Each distinct term
 * adds its weight once to its theme; a theme is reported when its score reaches the threshold, so one weak
 * word does not theme a passage. Thread-safe.
 */
public record LexiconThemeTagger(ThemeLexicon lexicon, double threshold) implements ThemeTagger {
    public static final double DEFAULT_THRESHOLD = 2.0;
    private static final int MIN_COMPOUND = 8;

    /** The bundled lexicon at the default threshold. */
    public static LexiconThemeTagger loadDefault() {
        return new LexiconThemeTagger(ThemeLexicon.loadDefault(), DEFAULT_THRESHOLD);
    }

    @Override
    public List<ThemeMatch> tag(String text) {
        return tag(read(text));
    }

    @Override
    public ThemeReading read(String text) {
        if (text == null || text.isEmpty()) return new ThemeReading("", List.of());
        return new ThemeReading(text, List.copyOf(terms(text)));
    }

    @Override
    public List<ThemeMatch> tag(ThemeReading reading) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        for (LexiconTerm t : reading.terms()) {
            scores.merge(t.code(), t.weight(), Double::sum);
            evidence.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(t.term());
        }
        List<ThemeMatch> matches = new ArrayList<>();
        scores.entrySet().stream()
                .filter(e -> e.getValue() >= threshold)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> matches.add(new ThemeMatch(e.getKey(), lexicon.labels().get(e.getKey()), evidence.get(e.getKey()))));
        return matches;
    }

    /** The distinct lexicon terms found in the text, in order of first occurrence. */
    public SequencedSet<LexiconTerm> terms(String text) {
        List<String> words = WordTokenizer.words(text);
        String[] stems = new String[words.size()];
        for (int i = 0; i < stems.length; i++) stems[i] = DutchStemmer.stem(words.get(i));
        SequencedSet<LexiconTerm> found = new LinkedHashSet<>();
        for (int i = 0; i < stems.length; ) {
            LexiconTerm phrase = longestAt(stems, i);
            if (phrase != null) {
                found.add(phrase);
                i += phrase.stems().size();
                continue;
            }
            LexiconTerm part = compoundPart(words.get(i));
            if (part != null) found.add(part);
            i++;
        }
        return found;
    }

    private LexiconTerm longestAt(String[] stems, int i) {
        for (LexiconTerm t : lexicon.startingWith(stems[i])) {
            List<String> s = t.stems();
            if (i + s.size() > stems.length) continue;
            boolean all = true;
            for (int k = 1; k < s.size() && all; k++) all = s.get(k).equals(stems[i + k]);
            if (all) return t;
        }
        return null;
    }

    /** The head of a compound if the lexicon knows it, else its longest known modifier, else null. */
    private LexiconTerm compoundPart(String word) {
        int n = word.length();
        if (n < MIN_COMPOUND) return null;
        for (int split = 3; split <= n - 4; split++) {
            LexiconTerm head = lexicon.compoundPart(DutchStemmer.stem(word.substring(split)));
            if (head != null) return head;
        }
        for (int split = n - 4; split >= ThemeLexicon.MIN_COMPOUND_PART; split--) {
            LexiconTerm modifier = lexicon.compoundPart(DutchStemmer.stem(word.substring(0, split)));
            if (modifier != null) return modifier;
        }
        return null;
    }
}
