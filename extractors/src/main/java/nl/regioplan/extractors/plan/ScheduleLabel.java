package nl.regioplan.extractors.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A block that is only a date on a timeline ("Q1 2024", "Najaar 2025", "2026 e.v."): the rows below belong to it. */
final class ScheduleLabel {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:Q[1-4]|kwartaal [1-4]|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                    + "november|december|begin|eind|medio|voorjaar|najaar|zomer|winter)\\s+(?:van\\s+)?)?"
                    + "(20[0-5]\\d)(?:\\s*e\\.?\\s?v\\.?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ScheduleLabel() {
    }

    /** The label's year when the block is a label of a future year, else null. */
    static Integer futureYear(String block, Integer publicationYear) {
        Matcher m = LABEL.matcher(block.strip());
        if (!m.matches()) return null;
        int year = Integer.parseInt(m.group(1));
        return publicationYear == null || year > publicationYear ? year : null;
    }
}
