package nl.regioplan.corpus.region;

import nl.regioplan.corpus.text.Folding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a place name to the key two spellings of the same place share: lower case, no diacritics, the
 * ĳ-ligature as "ij", curly apostrophes as straight ones, and hyphens, slashes, dots, commas and runs of
 * spaces as one space. "Olst Wijhe" and "Olst-Wijhe", "Súdwest Fryslân" and "Sudwest-Fryslan" get one key.
 */
public final class NameKey {
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—/.,()]+");

    private NameKey() {
    }

    public static String of(String name) {
        // most words of a text are plain ASCII letters and digits, which only need lower case
        if (plain(name)) return name.toLowerCase(Locale.ROOT);
        String s = APOSTROPHES.matcher(Folding.fold(name)).replaceAll("'");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip();
    }

    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }
}
