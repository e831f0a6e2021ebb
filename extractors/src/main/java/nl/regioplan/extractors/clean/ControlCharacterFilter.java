package nl.regioplan.extractors.clean;

/**
 * Drops control and format characters a PDF font leaks into text (e.g. U+0003 for a glyph without a Unicode
 * mapping) but keeps the line breaks and soft hyphens later filters still need.
 */
public final class ControlCharacterFilter implements TextFilter {
    @Override
    public String apply(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDropped(c)) {
                if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isDropped(char c) {
        if (c == '\n' || c == '\u00AD') return false;
        int type = Character.getType(c);
        return type == Character.CONTROL || c == '\uFFFD'
                || (type == Character.FORMAT && !Character.isSurrogate(c));
    }
}
