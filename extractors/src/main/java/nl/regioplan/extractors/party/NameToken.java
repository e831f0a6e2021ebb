package nl.regioplan.extractors.party;

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
}
