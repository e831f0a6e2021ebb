package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;

import nl.regioplan.extractors.mention.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the target classifier sees for one unit: its words and word pairs, how it opens and ends (a
 * result is often "Er is ... ingevoerd", an effort "Het versterken van ..."), the cue lists it hits, its year
 * and quantity mentions, and the structure around it (block kind, heading words, the intro of its list, a
 * year label above it). Context features are also crossed with the unit's shape, because the same shape means
 * different things in a result list and in running text. Pure function of its input; thread-safe.
 */
public final class TargetFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Past participles as Dutch forms them: ge-...-d/t/en, and the common prefixed verbs without ge-. */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?:ge\\p{L}{2,}(?:d|t|en)|\\p{L}*(?:eerd|iseerd)|(?:be|ver|her|ont|er)\\p{L}{2,}(?:d|t)|"
                    + "(?:op|in|af|uit|vast|aan|mee|door|voort|bij|toe|over|om|weg)ge\\p{L}{2,}(?:d|t|en))");
    private static final Set<String> STOP = Set.of("de", "het", "een", "en", "van", "in", "op", "te", "voor", "met",
            "aan", "om", "die", "dat", "zijn", "is", "of", "door", "bij", "als", "ook", "er", "naar", "tot", "uit");
    private static final Set<String> MODALS = Set.of("zal", "zullen", "moet", "moeten", "gaan", "gaat", "willen",
            "wil", "kunnen", "kan");
    private static final Set<String> PAST = Set.of("werd", "werden", "was", "waren", "had", "hadden", "deed",
            "deden", "kwam", "kwamen", "bleek", "bleken");
    private static final String[] CUE_LISTS = {"forecast", "commitment", "process", "deliverable_verb",
            "deliverable_noun", "agreement", "ambition", "effort", "hedge", "routine"};

    private final CueLexicon cues;

    public TargetFeatures(CueLexicon cues) {
        this.cues = cues;
    }

    public String[] of(String text, List<Mention> mentions, TargetContext context) {
        Set<String> f = new LinkedHashSet<>();
        List<String> words = words(text);
        String shape = shape(words);
        f.add("shape=" + shape);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            f.add("w=" + w);
            if (i + 1 < words.size()) f.add("b=" + w + "_" + words.get(i + 1));
        }
        if (!words.isEmpty()) {
            f.add("f1=" + words.get(0));
            f.add("last=" + words.getLast());
            if (words.size() > 1) f.add("f2=" + words.get(0) + "_" + words.get(1));
        }
        f.add("len=" + (words.size() <= 4 ? "tiny" : words.size() <= 10 ? "short" : words.size() <= 25 ? "mid" : "long"));
        if (text.strip().endsWith(":")) f.add("ends_colon");
        if (text.strip().endsWith("?")) f.add("question");
        for (String list : CUE_LISTS) if (cues.has(list) && cues.find(list, text)) f.add("cue=" + list);
        for (Mention m : mentions) {
            if (m.isYear()) {
                String role = m.role() == null ? "year" : m.role();
                f.add("year=" + role);
                if (context.publicationYear() != null) {
                    f.add(m.year() >= context.publicationYear() ? "year_ahead" : "year_past");
                }
            } else if (m.unit() != null) {
                f.add("qty=" + m.unit());
            }
        }
        String unit = context.unit() == null ? "unknown" : context.unit().name().toLowerCase(Locale.ROOT);
        f.add("unit=" + unit);
        f.add("pos=" + (context.position() == 0 ? "first" : "later"));
        if (context.goalContext()) f.add("goal_context");
        if (context.scheduleYear() != null) f.add("dated_context");
        if (context.listLike()) f.add("list_like");
        for (String w : words(context.heading())) if (!STOP.contains(w)) f.add("h=" + w);
        for (String w : words(context.intro())) if (!STOP.contains(w)) f.add("i=" + w);
        if (context.intro() != null && context.intro().strip().endsWith(":")) f.add("intro_colon");
        // the unit's shape read in its context: "Er is ... gestart" under a year label is a result, in running
        // text a report
        String where = (context.scheduleYear() != null ? "dated" : context.goalContext() ? "goal" : "plain")
                + (context.listLike() ? "_list" : "_text");
        f.add("where=" + where);
        f.add("where_shape=" + where + "_" + shape);
        if (!words.isEmpty()) f.add("where_f1=" + where + "_" + words.get(0));
        return f.toArray(String[]::new);
    }

    /** How the unit is built: the verb forms and openings that tell a result, a plan, an effort or a report. */
    static String shape(List<String> words) {
        if (words.isEmpty()) return "empty";
        List<String> parts = new ArrayList<>();
        String first = words.get(0);
        if (first.equals("er") && words.size() > 1 && Set.of("is", "zijn", "wordt", "worden").contains(words.get(1))) {
            parts.add("er_" + words.get(1));
        } else if (first.equals("het") && words.size() > 1 && words.get(1).endsWith("en")) {
            parts.add("nominal");
        } else if (first.endsWith("en") && words.size() > 1 && !STOP.contains(first)) {
            parts.add("infinitive_first");
        }
        String last = words.getLast();
        if (last.endsWith("en") && words.size() > 2 && !PARTICIPLE.matcher(last).matches()) parts.add("infinitive_last");
        if (PARTICIPLE.matcher(last).matches()) parts.add("participle_last");
        boolean modal = false;
        boolean past = false;
        boolean we = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (MODALS.contains(w)) modal = true;
            if (PAST.contains(w)) past = true;
            if (i < 4 && (w.equals("we") || w.equals("wij"))) we = true;
        }
        if (modal) parts.add("modal");
        if (past) parts.add("past");
        if (we) parts.add("we");
        return parts.isEmpty() ? "other" : String.join("+", parts);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String folded = Folding.fold(text);
        var m = WORD.matcher(folded);
        Matcher year = YEAR.matcher(""), number = NUMBER.matcher("");
        while (m.find()) {
            String w = m.group();
            if (year.reset(w).matches()) w = "<year>";
            else if (number.reset(w).matches()) w = "<num>";
            out.add(w);
        }
        return out;
    }
}
