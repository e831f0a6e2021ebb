package nl.regioplan.pipeline.themes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target's deadline (a year or an ISO date) for ordering and comparing. A bare year means "by the end
 * of that year", so it sorts after the dates within it.
 */
final class Deadlines {
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})(-\\d{2}(-\\d{2})?)?");

    private Deadlines() {
    }

    /** "2025-06-30" for dates, "2025-12-31" for the year 2025, null when there is none (or none readable). */
    static String sortKey(Object deadline) {
        if (deadline instanceof Number n) return String.format("%04d-12-31", n.intValue());
        if (deadline instanceof String s) {
            Matcher m = YEAR_FIRST.matcher(s.strip());
            if (m.find()) return m.group(2) == null ? m.group(1) + "-12-31" : m.group();
        }
        return null;
    }

    static Integer year(Object deadline) {
        String key = sortKey(deadline);
        return key == null ? null : Integer.parseInt(key.substring(0, 4));
    }

    /** The deadline as the plan gave it, for display. */
    static String text(Object deadline) {
        return deadline == null ? "" : deadline.toString();
    }
}
