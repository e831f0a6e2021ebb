package nl.regioplan.extractors.theme;

import java.util.List;

/**
 * Finds the IZA themes (themes.md codes) a passage or target addresses. A tagger whose reading of a text (finding
 * its terms) is costly and whose scoring is cheap overrides {@link #read} and {@link #tag(ThemeReading)}, so a
 * caller that knows a passage's sentences reads each sentence once and scores the passage and each of its
 * targets from those readings. Thread-safe.
 */
@FunctionalInterface
public interface ThemeTagger {
    List<ThemeMatch> tag(String text);

    /** What this tagger needs of one piece of text, to be scored alone or joined with its neighbours'. */
    default ThemeReading read(String text) {
        return new ThemeReading(text, List.of());
    }

    /** The themes of what was read, strongest first. */
    default List<ThemeMatch> tag(ThemeReading reading) {
        return tag(reading.text());
    }
}
