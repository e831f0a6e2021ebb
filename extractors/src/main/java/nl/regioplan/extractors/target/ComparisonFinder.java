package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;
import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comparator, quantity and baseline of a statement from its wording (resource comparators-nl.txt).
 * Precedence follows how Dutch states targets: a norm ("binnen de Treeknorm"); a change by an amount
 * ("met minimaal 5%-punt gedaald"); an explicit bound ("niet toegenomen", "minder dan 50%", "meer dan 68,9%",
 * "minimaal"); a change without amount ("gedaald", "minder professionals"); a bare count ("de vijf ...") = eq.
 */
final class ComparisonFinder {
    private static final List<String> BOUNDS = List.of("le", "lt", "ge", "gt");
    private static final Pattern BY_AMOUNT = Folding.ignoringCase(
            "(?<![\\p{L}])met\\s+(?:(?:minimaal|ten minste|tenminste|minstens|maximaal|ruim|circa|ca\\.|zo'n|bijna)\\s+)?$");
    private static final Pattern BASELINE_VALUE = Folding.ignoringCase(
            "(?<![\\p{L}])(?:t\\.o\\.v\\.|ten opzichte van|vergeleken met|in vergelijking met|huidige|toen|"
                    + "uitgangswaarde|nulmeting)");
    private static final Pattern CHANGE_AFTER = Folding.ignoringCase(
            "^\\s*(?<down>minder|gedaald|afgenomen|verminderd|verlaagd|gereduceerd|lager|kleiner)(?!\\p{L})"
                    + "|^\\s*(?<up>meer|gestegen|toegenomen|verhoogd|hoger|groter)(?!\\p{L})");
    private static final int QUANTITY_REACH = 80;
    private static final Pattern PURPOSE = Folding.ignoringCase("(?<![\\p{L}])voor het\\s+$");

    private final CueLexicon comparators = CueLexicon.load("comparators-nl.txt");

    Comparison find(String s, List<Mention> mentions) {
        List<Mention> quantities = mentions.stream()
                .filter(m -> m.type() != MentionType.YEAR && m.unit() != null).toList();
        Integer baselineYear = mentions.stream().filter(m -> m.isYear() && "baseline".equals(m.role()))
                .map(Mention::year).findFirst().orElse(null);
        Mention baselineValue = baselineValue(s, quantities);

        if (comparators.find("within_norm", s)) return new Comparison("within_norm", null, baselineValue, baselineYear);

        for (Mention q : quantities) {
            if (BY_AMOUNT.matcher(s.substring(Math.max(0, q.start() - 40), q.start())).find()) {
                String direction = direction(s);
                if (direction != null) return new Comparison(direction, q, baselineValue, baselineYear);
            }
        }

        for (Mention q : quantities) {
            // "25% afgenomen", "20% minder ouderen"
            Matcher after = CHANGE_AFTER.matcher(s.substring(q.end()));
            if (after.find() && depth(s, q.start()) == 0) {
                return new Comparison(after.group("down") != null ? "decrease" : "increase", q, baselineValue,
                        baselineYear);
            }
        }

        // the earliest bound wins; on a tie the list order (le first: "niet meer dan" is not "meer dan")
        int best = Integer.MAX_VALUE;
        String bound = null;
        int boundEnd = -1;
        for (String name : BOUNDS) {
            Matcher m = comparators.pattern(name).matcher(s);
            if (findOutsideBrackets(m, s) && m.start() < best) {
                best = m.start();
                bound = name;
                boundEnd = m.end();
            }
        }
        if (bound != null) {
            Mention q = firstAfter(quantities, boundEnd);
            return new Comparison(bound, q, baselineValue, baselineYear);
        }

        String direction = direction(s);
        if (direction != null) {
            // "gedaald van 52% naar 45%": the value after the from-value is the target
            Mention to = baselineValue != null && "baseline".equals(baselineValue.role())
                    ? firstAfter(quantities, baselineValue.end()) : null;
            return new Comparison(direction, to, baselineValue, baselineYear);
        }

        Mention count = quantities.stream().filter(q -> q != baselineValue && !"baseline".equals(q.role()))
                .findFirst().orElse(null);
        if (count != null) return new Comparison("eq", count, baselineValue, baselineYear);
        return new Comparison(null, null, baselineValue, baselineYear);
    }

    private String direction(String s) {
        Matcher dec = comparators.pattern("decrease").matcher(s);
        Matcher inc = comparators.pattern("increase").matcher(s);
        boolean d = findDirection(dec, s);
        boolean i = findDirection(inc, s);
        if (d && i) return dec.start() <= inc.start() ? "decrease" : "increase";
        return d ? "decrease" : i ? "increase" : null;
    }

    /**
     * A change the statement itself reaches: not in an aside, and not the purpose a thing is named for ("een plan
     * voor het terugdringen van ...": the plan is the target, the change it serves is not measured).
     */
    private static boolean findDirection(Matcher m, String s) {
        while (findOutsideBrackets(m, s)) if (!PURPOSE.matcher(s).region(0, m.start()).find()) return true;
        return false;
    }

    /** Cues inside brackets belong to an aside ("(roken, meer dan één glas per dag)"), not to the target. */
    private static boolean findOutsideBrackets(Matcher m, String s) {
        while (m.find()) if (depth(s, m.start()) == 0) return true;
        return false;
    }

    static int depth(String s, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        return depth;
    }

    private static Mention firstAfter(List<Mention> quantities, int position) {
        for (Mention q : quantities) {
            if (q.start() >= position && q.start() - position <= QUANTITY_REACH) return q;
        }
        return null;
    }

    private static Mention baselineValue(String s, List<Mention> quantities) {
        for (Mention q : quantities) if ("baseline".equals(q.role())) return q;
        Matcher m = BASELINE_VALUE.matcher(s);
        while (m.find()) {
            Mention q = firstAfter(quantities, m.end());
            if (q != null) return q;
        }
        return null;
    }
}
