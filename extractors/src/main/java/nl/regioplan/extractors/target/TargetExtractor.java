package nl.regioplan.extractors.target;

import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionFinder;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence commits to a future, checkable state or change, and reads its fields
 * (../shared/gold/SCHEMA.md). Rule-based: a future year that opens the statement ("In 2027 heeft ..."), a
 * future year with a commitment or a delivering verb ("wordt in 2024 vormgegeven", "in 2025 te realiseren"),
 * a measured commitment without a year ("wil de lasten met 5% verlagen"), a checkable statement under a goals
 * heading, or a deliverable row of a dated schedule. Forecasts, history and process steps are rejected.
 * Thread-safe.
 */
public final class TargetExtractor {
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\\p{Punct}‘’“”•–-]*(?:(?:mede daarom|daarom|ook|tevens|en)\\s+)?"
                    + "(?:in|op|uiterlijk(?:\\s+in)?|vóór|voor|per|eind|einde|medio|tegen|rond)\\s+(?:(?:het\\s+)?(?:jaar|eind|einde|begin|voorjaar|najaar|"
                    + "(?:eerste|tweede|derde|vierde|laatste)\\s+kwartaal)\\s+(?:van\\s+)?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_OPENING = Pattern.compile("^[\\s\\p{Punct}•–-]*$");
    private static final Pattern WE_SUBJECT = Pattern.compile("^\\W*\\p{L}+\\s+(?:we|wij)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANAPHOR = Pattern.compile(
            "^(?:dit|dat|deze|die|het)\\s+(?:zal|zullen|wordt|worden|gebeurt|gaat)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FINITE = Pattern.compile("\\b(?:wordt|worden|zal|zullen|is|zijn|gaat|gaan)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_STOP = Pattern.compile(
            "^(?:met|binnen|t\\.o\\.v\\.?|ten|dat|die|in|op|omdat|waarbij|gestegen|gedaald|afgenomen|toegenomen|"
                    + "lager|hoger|minder|meer|niet|verder|ingericht|gerealiseerd|toegankelijk|wordt|worden|zal|is|zijn|"
                    + "kunnen|heeft|hebben|\\(|,)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int DELIVERABLE_REACH = 80;

    private final MentionFinder mentionFinder;
    private final CueLexicon cues = CueLexicon.load("target-cues-nl.txt");
    private final ComparisonFinder comparisons = new ComparisonFinder();

    public TargetExtractor() {
        this(new MentionFinder());
    }

    public TargetExtractor(MentionFinder mentionFinder) {
        this.mentionFinder = mentionFinder;
    }

    public Optional<Target> extract(String sentence, TargetContext context) {
        return extract(sentence, mentionFinder.find(sentence, context.publicationYear()), context);
    }

    /** As {@link #extract(String, TargetContext)}, reusing mentions already found in the sentence. */
    public Optional<Target> extract(String sentence, List<Mention> mentions, TargetContext context) {
        String s = sentence.strip();
        if (s.isEmpty() || s.endsWith("?")) return Optional.empty();
        Mention deadline = deadline(s, mentions);
        // without a due date, a quantity, a norm or a schedule row nothing can make a sentence a target: leave
        // the cue lists alone for the great majority of sentences
        if (deadline == null && context.scheduleYear() == null && !hasQuantity(mentions)
                && !s.contains("norm") && !s.contains("kader")) {
            return Optional.empty();
        }
        boolean forecast = cues.find("forecast", s);
        boolean commitment = cues.find("commitment", s);
        boolean process = cues.find("process", s);
        boolean verbDeliverable = cues.find("deliverable_verb", s);
        boolean deliverable = verbDeliverable || cues.find("deliverable_noun", s);
        Comparison comparison = comparisons.find(s, mentions);

        double confidence;
        Object due = deadline == null ? null : deadline.date() != null ? deadline.date() : (Object) deadline.year();
        if (forecast && !commitment && !context.goalContext()) return Optional.empty();
        if (deadline == null) {
            if (context.scheduleYear() != null && isScheduleDeliverable(s, deliverable)) {
                return Optional.of(build("milestone", s, context.scheduleYear(), comparison.withoutComparator(), 0.6));
            }
            if (!comparison.checkable() || !(context.goalContext() || commitment)) return Optional.empty();
            confidence = context.goalContext() && commitment ? 0.85 : 0.75;
        } else {
            String before = s.substring(0, deadline.start());
            if (LABEL_OPENING.matcher(before).matches() && !deadline.raw().matches("\\d{4}")
                    || LABEL_OPENING.matcher(before).matches() && context.scheduleYear() != null) {
                // a schedule row that opens with its own date: "Q3 2024 Oplevering ..."
                if (!isScheduleDeliverable(s.substring(deadline.end()), deliverable)) return Optional.empty();
                return Optional.of(build("milestone", s, due, comparison.withoutComparator(), 0.6));
            }
            boolean opening = OPENING.matcher(before).matches();
            if (opening) {
                if (process && !deliverable) return Optional.empty();
                // "In 2024 organiseren we ...": an action of ours that delivers nothing and measures nothing
                if (WE_SUBJECT.matcher(s.substring(deadline.end())).find() && !deliverable
                        && comparison.comparator() == null) {
                    return Optional.empty();
                }
                confidence = comparison.comparator() != null ? 0.9 : 0.8;
            } else {
                if (process) return Optional.empty();
                boolean delivers = verbDeliverable && FINITE.matcher(s).find() && deliverableNear(s, deadline);
                if (!(commitment || delivers || context.goalContext() && comparison.comparator() != null)) {
                    return Optional.empty();
                }
                confidence = commitment ? 0.75 : 0.65;
            }
        }
        String text = s;
        if (ANAPHOR.matcher(s).find() && s.split("\\s+").length <= 8 && context.previousSentence() != null) {
            text = context.previousSentence().strip() + " " + s;
        }
        String kind = kind(s, comparison, deliverable);
        if (kind.equals("milestone") && comparison.quantity() == null) comparison = comparison.withoutComparator();
        if (comparison.comparator() == null && comparison.baselineYear() != null && kind.equals("outcome")) {
            // "er zijn goede alternatieven ... ten opzichte van de situatie in 2023": better than the baseline
            comparison = new Comparison("increase", null, comparison.baselineValue(), comparison.baselineYear());
        }
        return Optional.of(build(kind, text, due, comparison, confidence));
    }

    private Target build(String kind, String text, Object deadline, Comparison c, double confidence) {
        return new Target(kind, text, deadline,
                c.quantity() == null ? null : c.quantity().value(),
                c.unit(), c.comparator(),
                c.baselineValue() == null ? null : c.baselineValue().value(),
                c.baselineYear(), subject(text), cues.find("agreement", text), confidence);
    }

    private String kind(String s, Comparison comparison, boolean deliverable) {
        String c = comparison.comparator();
        if (cues.find("ambition", s) && (c == null || c.equals("eq"))) return "ambition";
        if (comparison.checkable()) return "outcome";
        if (deliverable) return "milestone";
        return "outcome";
    }

    private boolean isScheduleDeliverable(String row, boolean deliverable) {
        String r = row.strip();
        return deliverable && !cues.find("schedule_excluded", r) && r.split("\\s+").length <= 16;
    }

    private boolean deliverableNear(String s, Mention deadline) {
        var m = cues.pattern("deliverable_verb").matcher(s);
        while (m.find()) {
            int distance = m.start() >= deadline.end() ? m.start() - deadline.end() : deadline.start() - m.end();
            if (distance <= DELIVERABLE_REACH) return true;
        }
        return false;
    }

    private static boolean hasQuantity(List<Mention> mentions) {
        for (Mention m : mentions) if (!m.isYear() && m.unit() != null) return true;
        return false;
    }

    /** The first future year that reads as a due date, outside parentheses (an aside is not the deadline). */
    private static Mention deadline(String s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.isYear() || !"deadline".equals(m.role())) continue;
            if (ComparisonFinder.depth(s, m.start()) > 0) continue;
            return m;
        }
        return null;
    }

    /** A short noun phrase: the words after the opening date and verb, or before the first verb. */
    static String subject(String text) {
        String[] words = text.replaceAll("^[\\s\\p{Punct}‘’“”•]+", "").split("\\s+");
        int from = 0;
        if (words.length > 2 && words[0].matches("(?i)in|op|uiterlijk|vóór|per|eind")) {
            from = 1;
            while (from < words.length && !words[from].matches("\\d{4},?")) from++;
            from += 2;
        }
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        for (int i = from; i < words.length && taken < 7; i++) {
            String w = words[i].replaceAll("[.,;:]+$", "");
            if (taken > 0 && SUBJECT_STOP.matcher(w).matches()) break;
            if (taken == 0 && w.matches("(?i)er|de|het|een|we|wij|minder|meer|ook")) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w);
            taken++;
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
