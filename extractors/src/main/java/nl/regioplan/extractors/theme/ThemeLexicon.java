package nl.regioplan.extractors.theme;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme lexicon indexed for matching: terms by their first stem (longest first, so "acute ggz" wins over
 * "ggz"), single-word terms by stem for compound parts, and the theme labels. Immutable.
 */
public final class ThemeLexicon {
    /** Shorter single-word stems ("zorg", "ouder") occur inside too many unrelated compounds to count there. */
    static final int MIN_COMPOUND_PART = 6;

    private final Map<String, String> labels;
    private final List<LexiconTerm> terms;
    private final Map<String, List<LexiconTerm>> byFirstStem = new HashMap<>();
    private final Map<String, LexiconTerm> compoundParts = new HashMap<>();

    public ThemeLexicon(Map<String, String> labels, List<LexiconTerm> terms) {
        this.labels = Map.copyOf(labels);
        this.terms = List.copyOf(terms);
        for (LexiconTerm t : terms) {
            if (!labels.containsKey(t.code())) throw new IllegalArgumentException("unknown theme code: " + t);
            byFirstStem.computeIfAbsent(t.stems().get(0), k -> new ArrayList<>()).add(t);
            if (t.stems().size() == 1 && t.stems().get(0).length() >= MIN_COMPOUND_PART)
                compoundParts.merge(t.stems().get(0), t, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        byFirstStem.values().forEach(l -> l.sort(Comparator.comparingInt((LexiconTerm t) -> t.stems().size()).reversed()));
    }

    private static final class Default {
        static final ThemeLexicon INSTANCE = load();

        private static ThemeLexicon load() {
            try (InputStream lexicon = ThemeLexicon.class.getResourceAsStream("lexicon.tsv")) {
                return read(ThemeCatalog.labels(), lexicon);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled lexicon.tsv with the labels of the theme catalogue, read once. */
    public static ThemeLexicon loadDefault() {
        return Default.INSTANCE;
    }

    /** The themes' labels by code and tab-separated lexicon rows (code, term, weight, source). */
    public static ThemeLexicon read(Map<String, String> labels, InputStream lexiconTsv) throws IOException {
        List<LexiconTerm> terms = new ArrayList<>();
        for (String[] row : DataTable.rows(lexiconTsv, '\t', 4, "lexicon.tsv")) {
            List<String> stems = WordTokenizer.words(row[1]).stream().map(DutchStemmer::stem).toList();
            if (stems.isEmpty()) throw new IllegalArgumentException("lexicon term without words: " + row[1]);
            terms.add(new LexiconTerm(row[0], row[1], stems, Double.parseDouble(row[2]), row[3]));
        }
        return new ThemeLexicon(labels, terms);
    }


    public Map<String, String> labels() {
        return labels;
    }

    public List<LexiconTerm> terms() {
        return terms;
    }

    /** Terms starting with this stem, longest first. */
    List<LexiconTerm> startingWith(String stem) {
        return byFirstStem.getOrDefault(stem, List.of());
    }

    /** The single-word term with this stem that may stand as part of a compound, or null. */
    LexiconTerm compoundPart(String stem) {
        return compoundParts.get(stem);
    }
}
