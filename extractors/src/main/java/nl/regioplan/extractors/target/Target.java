package nl.regioplan.extractors.target;

/**
 * A target statement as read from one sentence; the plan stage adds document, page, region, themes and parties.
 *
 * @param deadline an Integer year, an ISO date String, or null
 */
public record Target(String kind, String text, Object deadline, Double quantity, String unit, String comparator,
                     Double baselineValue, Integer baselineYear, String subject, boolean sourceQuoted,
                     double confidence) {
}
