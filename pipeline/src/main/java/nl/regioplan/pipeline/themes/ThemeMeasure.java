package nl.regioplan.pipeline.themes;

import java.util.Arrays;
import java.util.Locale;

/** What a cell of the theme matrix counts. */
public enum ThemeMeasure {
    /** Passages carrying the theme, each passage once per theme code it carries (as the search's theme facet). */
    PASSAGES("themed passages"),
    /** Targets carrying the theme, each once per theme code. */
    TARGETS("targets"),
    /** Pages with a passage of the theme, as a percentage of all pages of the region's documents. */
    SHARE("% of plan pages");

    private final String description;

    ThemeMeasure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean isCount() {
        return this != SHARE;
    }

    public static ThemeMeasure parse(String typed) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown measure '" + typed + "': use passages, targets or share"));
    }
}
