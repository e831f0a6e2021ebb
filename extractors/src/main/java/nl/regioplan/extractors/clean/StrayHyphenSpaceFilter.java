package nl.regioplan.extractors.clean;

import java.util.regex.Pattern;

/**
 * Removes the space some PDFs put before a hyphen that belongs to the word before it: "Regio -afspraken"
 * becomes "Regio-afspraken", "(ontwikkel -)ruimte" becomes "(ontwikkel-)ruimte" and "regio -" at a line end
 * becomes "regio-" so that the line-end repair can see the broken word. A dash between spaces is left alone.
 */
public final class StrayHyphenSpaceFilter implements TextFilter {
    private static final Pattern STRAY = Pattern.compile("(?<=\\p{L}) +-(?=\\p{Ll}|\\)|\\n|$)");

    @Override
    public String apply(String text) {
        if (text.indexOf(" -") < 0) return text;
        return STRAY.matcher(text).replaceAll("-");
    }
}
