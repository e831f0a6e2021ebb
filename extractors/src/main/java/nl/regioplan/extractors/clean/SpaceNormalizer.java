package nl.regioplan.extractors.clean;

/**
 * Turns every kind of space (non-breaking, narrow, figure, thin, tab) into a plain space and drops zero-width
 * characters, so that word boundaries are where a reader sees them.
 */
public final class SpaceNormalizer implements CharacterFilter {
    @Override
    public String replacement(char c) {
        if (c == '\t' || (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR)) return " ";
        return switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
            default -> null;
        };
    }
}
