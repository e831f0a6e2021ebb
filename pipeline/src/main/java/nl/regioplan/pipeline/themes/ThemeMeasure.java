package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.choice.TypedChoice;

/** What a cell of the theme matrix counts. */
public enum ThemeMeasure {
    /** Passages carrying the theme, each passage once per theme code it carries (as the search's theme facet). */
    PASSAGES,
    /** Targets carrying the theme, each once per theme code. */
    TARGETS,
    /** Pages with a passage of the theme, as a percentage of all pages of the region's documents. */
    SHARE;

    /** For the command line's English output. */
    public String description() {
        return switch (this) {
            case PASSAGES -> "themed passages";
            case TARGETS -> "targets";
            case SHARE -> "% of plan pages";
        };
    }

    /** In Dutch, for the heatmap page and image that go into Dutch reports. */
    public String caption() {
        return switch (this) {
            case PASSAGES -> "passages per thema";
            case TARGETS -> "doelen per thema";
            case SHARE -> "% van de planpagina's";
        };
    }

    public boolean isCount() {
        return this != SHARE;
    }

    public static ThemeMeasure parse(String typed) {
        return TypedChoice.parse(ThemeMeasure.class, typed, "measure");
    }
}
