package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;
import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time said relative to the plan: "in de komende tien jaar" is due ten years after the plan appeared, and the
 * ten is a duration, not a target value; "eens per twee jaar" and "4 x per jaar" are frequencies.
 */
final class RelativeTime {
    private static final Pattern COMING_YEARS = Folding.ignoringCase(
            "(?<!\\p{L})(?:in|binnen|gedurende|voor)\\s+de\\s+komende\\s+(\\S+)\\s+jaar(?!\\p{L})");
    private static final Pattern UNIT_AFTER = Folding.ignoringCase("^\\s*(?:jaar|jaren|maand(?:en)?|we(?:e)?k(?:en)?|dag(?:en)?)(?!\\p{L})");
    private static final Pattern FREQUENCY_BEFORE = Folding.ignoringCase("(?:(?:eens|één keer|1 keer) )?(?:per|elke|iedere)\\s+$");

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

    /**
     * "In de komende N jaar": a deadline N years after publication, as a year mention; else null. N is the count
     * the mention finder read there, in digits or words ("tien").
     */
    static Mention comingYears(String s, List<Mention> mentions, Integer publicationYear) {
        if (publicationYear == null) return null;
        Matcher m = COMING_YEARS.matcher(s);
        if (!m.find()) return null;
        for (Mention n : mentions) {
            if (!n.isYear() && "count".equals(n.unit()) && n.start() == m.start(1)) {
                return new Mention(MentionType.YEAR, publicationYear + (int) n.value(), null, m.group(), "deadline", null,
                        m.start(), m.end());
            }
        }
        return null;
    }
}
