package nl.regioplan.extractors.records;

/**
 * A number, percentage or year as written in a plan.
 *
 * @param type  "percentage", "number" or "year"
 * @param value the parsed value ("31,1%" -> 31.1, "1.500" -> 1500, "vijf" -> 5)
 * @param unit  "percent", "percentage_point", "count", "euro" (years: null)
 * @param raw   the span as written
 * @param role  for years: deadline, baseline, period_start, period_end, publication, reference; for numbers and
 *              percentages: baseline for the from-value of "van X naar Y"; else null
 */
public record MentionRecord(String doc, Integer page, String type, double value, String unit, String raw,
                            String role, String text, String region, String section) {
}
