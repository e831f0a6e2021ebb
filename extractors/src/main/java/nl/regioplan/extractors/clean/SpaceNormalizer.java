package nl.regioplan.extractors.clean;

/**
 * Turns every kind of space (non-breaking, narrow, figure, thin, tab) into a plain space and drops zero-width
 * characters, so that word boundaries are where a reader sees them.
 */
public final class SpaceNormalizer implements TextFilter {
    @Override
    public String apply(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
            sb.append(replacement);
        }
        return sb == null ? text : sb.toString();
    }

    private static String replacement(char c) {
        if (c == '\t' || (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR)) return " ";
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
            default -> null;
        };
    }
}
