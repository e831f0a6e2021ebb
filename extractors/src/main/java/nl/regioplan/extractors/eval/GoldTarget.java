package nl.regioplan.extractors.eval;

/**
 * One annotated target of a gold file (../shared/gold/SCHEMA.md).
 *
 * @param line    1-based line of the gold file
 * @param dupOf   the line of the first statement of the same target, or null when this line is the first
 */
public record GoldTarget(int line, String doc, Integer page, String kind, String text, Object deadline,
                         Double quantity, String unit, String comparator, Double baselineValue, Integer baselineYear,
                         String subject, boolean sourceQuoted, Integer dupOf) {

    /** The line of the target this statement belongs to. */
    public int group() {
        return dupOf == null ? line : dupOf;
    }
}
