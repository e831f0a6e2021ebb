package nl.regioplan.corpus.region;

import nl.regioplan.corpus.text.Folding;

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
        String s = APOSTROPHES.matcher(Folding.fold(name)).replaceAll("'");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip();
    }
}
