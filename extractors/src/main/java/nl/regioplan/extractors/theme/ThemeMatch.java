package nl.regioplan.extractors.theme;

import java.util.List;

/** An IZA theme found in a piece of text, with the lexicon terms that triggered it. */
public record ThemeMatch(String code, String label, List<String> evidence) {
    public ThemeMatch {
        evidence = List.copyOf(evidence);
    }
}
