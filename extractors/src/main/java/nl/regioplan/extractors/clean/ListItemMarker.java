package nl.regioplan.extractors.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the start of a list item in a line of PDF text. Bullets arrive in many shapes: "•", "▪", the
 * Symbol-font bullet as a private-use character (U+F0B7), or a glyph the font maps to a wrong letter ("Å" in
 * "Å Regiothemas"). Bullets are removed; numbers and letters ("1.", "a)") are kept because the text refers
 * to them.
 */
public final class ListItemMarker {
    /** Glyphs that only ever serve as bullets, with or without a space after them. */
    private static final String BULLETS = "•◦▪▫■□●○◆◇►▶▸▹➢➤→✓✔✗·∙⁃";
    /** Characters that are bullets only when a space follows ("- tekst", "Å Regiothemas"), not in "-5%". */
    private static final String SPACED_BULLETS = "-–—*Å>o";
    private static final Pattern MARKER_WORD = Pattern.compile("\\(?(\\d{1,2}|[a-z])[.)]");
    /**
     * The bullet glyphs as a regular-expression character class, for the stages that find bullets inside a
     * block's text (where the text stage glued an item to the line before it).
     */
    public static final String BULLET_CLASS = "[" + BULLETS + "\\uE000-\\uF8FF]";
    private static final Pattern NUMBERED = Pattern.compile("^\\(?(\\d{1,2}|[a-z])[.)]\\s+\\S");

    private ListItemMarker() {
    }

    /** The item's text without its bullet, or empty when the line does not start a list item. */
    public static Optional<String> itemText(String line) {
        String s = line.stripLeading();
        if (s.isEmpty()) return Optional.empty();
        char c = s.charAt(0);
        boolean spaceFollows = s.length() > 1 && Character.isWhitespace(s.charAt(1));
        if (isBullet(c) || (SPACED_BULLETS.indexOf(c) >= 0 && spaceFollows)) {
            String rest = s.substring(1).strip();
            if (rest.isEmpty() || (c == 'o' && !Character.isUpperCase(rest.charAt(0)))) return Optional.empty();
            return Optional.of(rest);
        }
        Matcher m = NUMBERED.matcher(s);
        return m.find() ? Optional.of(s.strip()) : Optional.empty();
    }

    /**
     * A statement without the number its list gave it ("1. Partners waarderen ..." -> "Partners waarderen ..."):
     * the number tells the item's place, not what it says, and the text that refers to it keeps it.
     */
    public static String withoutItemNumber(String text) {
        String s = text.stripLeading();
        Matcher m = NUMBERED.matcher(s);
        return m.find() ? s.substring(m.end() - 1) : text;
    }

    /** Whether a word on its own is a bullet or an item number ("•", "\uF0B7", "3.", "b)"). */
    public static boolean isMarker(String word) {
        if (word.length() == 1) {
            char c = word.charAt(0);
            return isBullet(c) || SPACED_BULLETS.indexOf(c) >= 0;
        }
        return MARKER_WORD.matcher(word).matches();
    }

    /** A glyph that only ever serves as a bullet (a Symbol-font private-use character counts). */
    public static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0 || isPrivateUse(c);
    }

    private static boolean isPrivateUse(char c) {
        return c >= '\uE000' && c <= '\uF8FF';
    }
}
