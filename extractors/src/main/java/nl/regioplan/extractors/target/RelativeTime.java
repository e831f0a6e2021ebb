package nl.regioplan.extractors.target;

import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time said relative to the plan: "in de komende tien jaar" is due ten years after the plan appeared, and the
 * ten is a duration, not a target value; "eens per twee jaar" and "4 x per jaar" are frequencies.
 */
final class RelativeTime {
    private static final Map<String, Integer> WORDS = Map.of("twee", 2, "drie", 3, "vier", 4, "vijf", 5, "zes", 6,
            "zeven", 7, "acht", 8, "negen", 9, "tien", 10);
    private static final Pattern COMING_YEARS = Pattern.compile(
            "(?<!\\p{L})(?:in|binnen|gedurende|voor)\\s+de\\s+komende\\s+(\\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\\s+jaar(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(?:jaar|jaren|maand(?:en)?|we(?:e)?k(?:en)?|dag(?:en)?)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREQUENCY_BEFORE = Pattern.compile("(?:(?:eens|één keer|1 keer) )?(?:per|elke|iedere)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RelativeTime() {
    }

    /** The mentions without the counts that are durations ("tien jaar") or frequencies ("per twee jaar"). */
    static List<Mention> withoutDurations(String s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean duration = !m.isYear() && "count".equals(m.unit()) && m.end() <= s.length()
                    && (UNIT_AFTER.matcher(s.substring(m.end())).find()
                    || FREQUENCY_BEFORE.matcher(s.substring(0, m.start())).find());
            if (!duration) out.add(m);
        }
        return out;
    }

    /** "In de komende N jaar": a deadline N years after publication, as a year mention; else null. */
    static Mention comingYears(String s, Integer publicationYear) {
        if (publicationYear == null) return null;
        Matcher m = COMING_YEARS.matcher(s);
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int years = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
        return new Mention(MentionType.YEAR, publicationYear + years, null, m.group(), "deadline", null, m.start(), m.end());
    }
}
