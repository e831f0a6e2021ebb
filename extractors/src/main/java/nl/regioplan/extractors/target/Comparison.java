package nl.regioplan.extractors.target;

import nl.regioplan.extractors.mention.Mention;

/**
 * What a target statement measures against: its comparator, the target quantity and the baseline.
 *
 * @param comparator    lt, le, gt, ge, eq, decrease, increase, within_norm, or null
 * @param quantity      the target number mention, or null
 * @param baselineValue the reference value mention ("t.o.v. het huidige percentage van 19%"), or null
 * @param baselineYear  the reference year, or null
 */
public record Comparison(String comparator, Mention quantity, Mention baselineValue, Integer baselineYear) {

    /** The unit of the quantity, or of the baseline value when only that is given. */
    public String unit() {
        if (quantity != null) return quantity.unit();
        return baselineValue != null ? baselineValue.unit() : null;
    }

    /** A norm, or a bound or change with its number, as opposed to a bare count or a direction alone. */
    public boolean checkable() {
        if (comparator == null || comparator.equals("eq")) return false;
        // a bound or a change needs its number; a norm is checkable by itself
        return comparator.equals("within_norm") || quantity != null;
    }

    /**
     * What a milestone or a dated result measures: the number of things it delivers ("Er zijn vier nieuwe teams
     * gestart": 4), never a direction without a number.
     */
    Comparison numberedOnly() {
        return quantity != null ? this : new Comparison(null, null, baselineValue, baselineYear);
    }
}
