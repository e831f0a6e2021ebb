package nl.regioplan.extractors.mention;

/** Parses numbers as Dutch writes them: "." groups thousands ("1.500"), "," is the decimal mark ("31,1"). */
public final class DutchNumber {
    private DutchNumber() {
    }

    /** @throws NumberFormatException when the text is not a Dutch number */
    public static double parse(String text) {
        String s = text.strip();
        int comma = s.lastIndexOf(',');
        String whole = comma >= 0 ? s.substring(0, comma) : s;
        String fraction = comma >= 0 ? s.substring(comma + 1) : "";
        if (whole.indexOf('.') >= 0) {
            if (!whole.matches("\\d{1,3}(\\.\\d{3})+")) {
                // "3.4" is an English decimal that slipped in; "1.500" is a Dutch thousand
                if (comma < 0 && whole.matches("\\d+\\.\\d{1,2}")) return Double.parseDouble(whole);
                throw new NumberFormatException("not a Dutch number: " + text);
            }
            whole = whole.replace(".", "");
        }
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException("not a Dutch number: " + text);
        }
        return Double.parseDouble(fraction.isEmpty() ? whole : whole + "." + fraction);
    }
}
