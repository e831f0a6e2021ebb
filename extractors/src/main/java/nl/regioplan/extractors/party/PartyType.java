package nl.regioplan.extractors.party;

import java.util.Locale;

/** The kinds of party records.md names; {@link #code()} is what records carry. */
public enum PartyType {
    GEMEENTE, ZORGVERZEKERAAR, ZORGKANTOOR, ZIEKENHUIS, GGD, GGZ, VVT, GZ, HUISARTSEN, WELZIJN, ONDERWIJS, WONEN,
    PROVINCIE, RIJK, NETWERK, OVERIG;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PartyType of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
