package nl.regioplan.extractors.clean;

import java.util.List;

/** The filters a block's text passes through, in order; the order matters (see {@link #standard}). */
public record CleaningChain(List<TextFilter> filters) implements TextFilter {
    public CleaningChain {
        filters = List.copyOf(filters);
    }

    /**
     * The default chain for one document. Unicode normalisation first so later filters see one spelling;
     * the missing-glyph repair before control characters are dropped (the damage is itself a control
     * character); hyphen repairs while line ends are still visible; lines joined last.
     *
     * @param vocabulary words of the same document, used to judge repairs
     */
    public static CleaningChain standard(Vocabulary vocabulary) {
        return new CleaningChain(List.of(
                new CompatibilityNormalizer(),
                new SpaceNormalizer(),
                new MissingGlyphRepair(vocabulary),
                new ControlCharacterFilter(),
                new QuoteMarkRepair(),
                new StrayHyphenSpaceFilter(),
                new LineEndHyphenJoiner(vocabulary),
                new LineJoiner()));
    }

    @Override
    public String apply(String text) {
        String result = text;
        for (TextFilter filter : filters) result = filter.apply(result);
        return result;
    }
}
