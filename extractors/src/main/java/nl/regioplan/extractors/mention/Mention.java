package nl.regioplan.extractors.mention;

/**
 * A number, percentage or year found in a sentence.
 *
 * @param value  parsed value; for years the year
 * @param unit   "percent", "percentage_point", "count", "euro", or null (years; ages and durations in compounds)
 * @param raw    the span as written, with its qualifier ("ruim 54%") or date ("1 januari 2025")
 * @param role   for years their {@link YearRole} label; "baseline" for the from-value of "van X naar Y"; else null
 * @param date   for a year written with a day and month, the ISO date ("2025-01-01"); else null
 * @param start  offset in the sentence where raw starts
 * @param end    offset after raw
 */
public record Mention(MentionType type, double value, String unit, String raw, String role, String date, int start,
                      int end) {

    public boolean isYear() {
        return type == MentionType.YEAR;
    }

    public int year() {
        return (int) value;
    }
}
