package nl.regioplan.extractors.clean;

/**
 * Drops control and format characters a PDF font leaks into text (e.g. U+0003 for a glyph without a Unicode
 * mapping) but keeps the line breaks and soft hyphens later filters still need.
 */
public final class ControlCharacterFilter implements CharacterFilter {
    @Override
    public String replacement(char c) {
        return isDropped(c) ? "" : null;
    }

    private static boolean isDropped(char c) {
        if (c == '\n' || c == '\u00AD') return false;
        int type = Character.getType(c);
        return type == Character.CONTROL || c == '\uFFFD'
                || (type == Character.FORMAT && !Character.isSurrogate(c));
    }
}
