package nl.regioplan.extractors.party;

import nl.regioplan.extractors.clean.ListItemMarker;

import java.util.Set;

/**
 * A word of text as name matching sees it.
 *
 * @param raw       as written
 * @param key       folded: lower case, no diacritics, straight apostrophes
 * @param start     offset of the first char in the text
 * @param end       offset after the last char
 * @param gapBefore the characters between the previous word and this one (spaces, commas, "|", "(" ...)
 */
record NameToken(String raw, String key, int start, int end, String gapBefore) {
    /** Dutch organisation names join these words inside a name: "Centrum voor X", "X en Omstreken". */
    private static final Set<String> NAME_CONNECTORS = Set.of("van", "voor", "de", "der", "den", "het", "&", "op", "aan");
    private static final Set<String> ARTICLES = Set.of("de", "het");

    boolean connectsName() {
        return NAME_CONNECTORS.contains(key);
    }

    boolean article() {
        return ARTICLES.contains(key);
    }

    boolean capitalised() {
        char c = raw.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && raw.chars().anyMatch(Character::isUpperCase);
    }

    /** Written in capitals (GGD, CADO) or with inner capitals in a short word (NZa, ActiZ, GGzE). */
    boolean acronymLike() {
        return NameTokenizer.acronymLike(raw);
    }

    /** True when only spaces (and at most one line break or hyphen) separate this word from the previous. */
    boolean adjacent() {
        for (int i = 0; i < gapBefore.length(); i++) {
            char c = gapBefore.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '‐' && c != '‑') return false;
        }
        return true;
    }

    /** A word at the start of a line or after a bullet: capitalised by layout, not because it is a name. */
    boolean startsLine() {
        for (int i = 0; i < gapBefore.length(); i++) {
            char c = gapBefore.charAt(i);
            if (c == '\n' || ListItemMarker.isBullet(c) || c == ':' || c == '|') return true;
        }
        return false;
    }
}
