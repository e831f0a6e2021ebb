package nl.regioplan.extractors.target;

/**
 * A target statement as read from one sentence; the plan stage adds document, page, region, themes and parties.
 *
 * @param deadline an Integer year, an ISO date String, or null
 * @param method   "rule" when the rules decided, "nlp" when the classifier did
 */
public record Target(String kind, String text, Object deadline, Double quantity, String unit, String comparator,
                     Double baselineValue, Integer baselineYear, String subject, boolean sourceQuoted,
                     double confidence, String method) {

    public Target asKind(String kind) {
        return new Target(kind, text, deadline, quantity, unit, comparator, baselineValue, baselineYear, subject,
                sourceQuoted, confidence, method);
    }

    /** The same target as decided by {@code method} ("rule" or "nlp") with that confidence. */
    public Target withDecision(String method, double confidence) {
        return new Target(kind, text, deadline, quantity, unit, comparator, baselineValue, baselineYear, subject,
                sourceQuoted, confidence, method);
    }
}
