package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.choice.TypedChoice;

/** What a cell of the theme matrix counts. */
public enum ThemeMeasure {
    /** Passages carrying the theme, each passage once per theme code it carries (as the search's theme facet). */
    PASSAGES("themed passages", "passages per thema"),
    /** Targets carrying the theme, each once per theme code. */
    TARGETS("targets", "doelen per thema"),
    /** Pages with a passage of the theme, as a percentage of all pages of the region's documents. */
    SHARE("% of plan pages", "% van de planpagina's");

    private final String description;
    private final String caption;

    ThemeMeasure(String description, String caption) {
        this.description = description;
        this.caption = caption;
    }

    /** For the command line's English output. */
    public String description() {
        return description;
    }

    /** In Dutch, for the heatmap page and image that go into Dutch reports. */
    public String caption() {
        return caption;
    }

    public boolean isCount() {
        return this != SHARE;
    }

    public static ThemeMeasure parse(String typed) {
        return TypedChoice.parse(ThemeMeasure.class, typed, "measure");
    }
}
