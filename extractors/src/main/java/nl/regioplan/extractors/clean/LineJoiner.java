package nl.regioplan.extractors.clean;

import java.util.regex.Pattern;

/** Joins the lines of a block into running text with single spaces: a block is read as one paragraph. */
public final class LineJoiner implements TextFilter {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public String apply(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
