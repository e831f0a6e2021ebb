package nl.regioplan.extractors.clean;

/**
 * A filter that judges one character at a time: each is kept, dropped or replaced. A text with nothing to change
 * comes back as the same string, without a copy (most blocks have nothing to change).
 */
interface CharacterFilter extends TextFilter {
    /** What stands for {@code c} in the output: null keeps it, "" drops it. */
    String replacement(char c);

    @Override
    default String apply(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (sb != null) sb.append(c);
            } else {
                if (sb == null) sb = new StringBuilder(text.length()).append(text, 0, i);
                sb.append(replacement);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
