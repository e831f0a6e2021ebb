package nl.regioplan.corpus.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A PDF font as layout needs it: how wide text is, and text rewritten to what the font can draw. */
final class LayoutFont {
    private final PDFont font;
    private final Map<Character, String> drawable = new HashMap<>();

    LayoutFont(PDFont font) {
        this.font = font;
    }

    PDFont pdfFont() {
        return font;
    }

    /** Width in points of {@code text} at {@code size}; {@code text} must be {@link #drawable}. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
        }
    }

    /**
     * {@code text} with each character the font cannot encode replaced by its closest form that it can: the
     * letters of its compatibility decomposition (ĳ becomes ij, é e), else a question mark.
     */
    String drawable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) sb.append(drawable.computeIfAbsent(text.charAt(i), this::closest));
        return sb.toString();
    }

    private String closest(char c) {
        if (canEncode(String.valueOf(c))) return String.valueOf(c);
        StringBuilder sb = new StringBuilder();
        for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray()) {
            if (d != c && canEncode(String.valueOf(d))) sb.append(d);
        }
        return sb.isEmpty() ? "?" : sb.toString();
    }

    private boolean canEncode(String s) {
        if (Character.isISOControl(s.charAt(0)) || Character.isSurrogate(s.charAt(0))) return false;
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
