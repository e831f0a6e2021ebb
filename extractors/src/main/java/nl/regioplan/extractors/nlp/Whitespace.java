package nl.regioplan.extractors.nlp;

/** Collapses runs of white space (including no-break spaces) to one space, as records.md asks of record text. */
public final class Whitespace {
    private Whitespace() {
    }

    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space = !sb.isEmpty();
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
