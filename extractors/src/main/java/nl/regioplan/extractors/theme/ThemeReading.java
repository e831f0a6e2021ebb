package nl.regioplan.extractors.theme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * A text as a {@link ThemeTagger} read it: the text, and the distinct lexicon terms found in it in order of
 * first occurrence. Sentences joined read as the union of their terms, since a lexicon phrase does not run
 * over a sentence's end.
 */
public record ThemeReading(String text, List<LexiconTerm> terms) {
    public ThemeReading {
        terms = List.copyOf(terms);
    }

    /** The sentences of a passage, joined as the passage joins them (one space). */
    public static ThemeReading join(List<ThemeReading> sentences) {
        if (sentences.size() == 1) return sentences.getFirst();
        StringBuilder text = new StringBuilder();
        SequencedSet<LexiconTerm> terms = new LinkedHashSet<>();
        for (ThemeReading s : sentences) {
            if (!text.isEmpty()) text.append(' ');
            text.append(s.text());
            terms.addAll(s.terms());
        }
        return new ThemeReading(text.toString(), List.copyOf(terms));
    }
}
