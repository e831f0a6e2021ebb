package nl.regioplan.extractors.theme;

import java.util.List;

/** Finds the IZA themes (themes.md codes) a passage or target addresses. Thread-safe. */
public interface ThemeTagger {
    List<ThemeMatch> tag(String text);
}
