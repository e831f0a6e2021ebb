package nl.regioplan.extractors.clean;

import java.util.regex.Pattern;

/**
 * Some PDF fonts map the curly quotes to "¬" (seen as "Regiovisie ¬De Gezondste Regio"). Plan text never uses
 * the logical "not", so a "¬" touching a word is read as an opening quote before it and a closing quote
 * after it.
 */
public final class QuoteMarkRepair implements TextFilter {
    private static final Pattern OPENING = Pattern.compile("¬(?=[\\p{L}\\p{N}])");
    private static final Pattern CLOSING = Pattern.compile("(?<=[\\p{L}\\p{N}.,!?])¬");

    @Override
    public String apply(String text) {
        if (text.indexOf('¬') < 0) return text;
        return CLOSING.matcher(OPENING.matcher(text).replaceAll("\u201C")).replaceAll("\u201D");
    }
}
