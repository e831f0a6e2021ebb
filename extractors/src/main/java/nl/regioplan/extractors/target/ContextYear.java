package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a label or heading gives the units below it: a timeline label ("2024", "2023: Lokaal Sportakkoord",
 * "2024/2025/2026", "2025-2026", "Q1 2024", "Najaar 2025", "2026 e.v.") or a heading that plans by year
 * ("Activiteiten gepland voor 2025", "Resultaten 2024", "Jaarplan 2025"). A range gives its last year: a result
 * due in "2024/2025/2026" is due by 2026. A year before the plan appeared is history, not a due date.
 */
public final class ContextYear {
    private static final String YEAR = "20[0-5]\\d";
    private static final String WHEN = "(?:(?:Q[1-4]|kwartaal [1-4]|januari|februari|maart|april|mei|juni|juli|augustus|"
            + "september|oktober|november|december|begin|eind|einde|medio|voorjaar|najaar|zomer|winter)\\s+(?:van\\s+)?)?";
    private static final Pattern LABEL = Folding.ignoringCase(
            "^" + WHEN + "(" + YEAR + ")((?:\\s*(?:[/–-]|t/m|tot en met|en)\\s*(?:" + YEAR + "))*)(?:\\s*e\\.?\\s?v\\.?)?"
                    + "(?:\\s*[:.–-](?:\\s+.{0,60})?)?$");
    private static final Pattern PLANNING = Folding.ignoringCase(
            "(?<!\\p{L})(?:gepland|planning|resultaten|resultaat|acties|activiteiten|doelen|doelstellingen|jaarplan|"
                    + "werkplan|uitvoeringsplan|actieplan|mijlpalen|tijdpad|wat (?:gaan|willen) we|in (?:" + YEAR
                    + ") willen)(?!\\p{L})");
    /** An intro that opens with its time frame: "In 2025 willen we dat:", "Vóór eind 2026 is:". */
    private static final Pattern INTRO = Folding.ignoringCase(
            "^(?:in|voor|vóór|uiterlijk|eind|einde|medio|begin|per|tot en met|t/m|in de periode|in de jaren)\\s+"
                    + "(?:(?:het )?(?:jaar|eind|einde|begin) (?:van )?)?(" + YEAR + ")((?:\\s*(?:[/–-]|t/m|tot en met|en)\\s*(?:"
                    + YEAR + "))*)(?!\\d)");
    private static final Pattern DATE_LINE = Folding.ignoringCase(
            "(?:\\d{1,2}\\s+)?(?:januari|februari|maart|april|mei|juni|juli|"
            + "augustus|september|oktober|november|december)\\s+" + YEAR);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(" + YEAR + ")(?!\\d)");
    private static final int MAX_HEADING_WORDS = 10;

    private ContextYear() {
    }

    /** The due year a timeline label gives, or null when the text is not such a label. */
    public static Integer ofLabel(String text, Integer publicationYear) {
        if (text == null) return null;
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) return null;
        return ahead(lastYear(m), publicationYear);
    }

    /** The due year the intro of a list gives its items: a label, or an intro that opens with its time frame. */
    public static Integer ofIntro(String text, Integer publicationYear) {
        Integer label = ofLabel(text, publicationYear);
        if (label != null || text == null) return label;
        Matcher m = INTRO.matcher(text.strip());
        if (!m.find()) return null;
        return ahead(lastYear(m), publicationYear);
    }

    /** The due year a heading gives the section below it: a label, or a short heading that plans by year. */
    public static Integer ofHeading(String text, Integer publicationYear) {
        // "December 2023" set as a heading is the date of the plan (a cover line, a running header), not a
        // section of a timeline
        if (text != null && DATE_LINE.matcher(text.strip()).matches()) return null;
        Integer label = ofLabel(text, publicationYear);
        if (label != null || text == null) return label;
        String t = text.strip();
        if (t.split("\\s+").length > MAX_HEADING_WORDS || !PLANNING.matcher(t).find()) return null;
        Integer year = null;
        Matcher m = ANY_YEAR.matcher(t);
        while (m.find()) year = year == null ? Integer.parseInt(m.group(1)) : Math.max(year, Integer.parseInt(m.group(1)));
        return year == null ? null : ahead(year, publicationYear);
    }

    /** The last year of a match whose group 1 is the first year and group 2 the rest of a range. */
    private static int lastYear(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        Matcher more = ANY_YEAR.matcher(m.group(2) == null ? "" : m.group(2));
        while (more.find()) year = Math.max(year, Integer.parseInt(more.group(1)));
        return year;
    }

    private static Integer ahead(int year, Integer publicationYear) {
        return publicationYear == null || year >= publicationYear ? year : null;
    }
}
