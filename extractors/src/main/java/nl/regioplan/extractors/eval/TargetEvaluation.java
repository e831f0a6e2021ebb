package nl.regioplan.extractors.eval;

import nl.regioplan.extractors.records.TargetRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores predicted targets against gold targets. A prediction matches a gold statement of the same document
 * when their texts are alike (Dice over normalised words at least {@value #MIN_DICE}, or the gold statement
 * lies almost whole inside a not much longer prediction). Matching is one-to-one and greedy, best pairs first;
 * among equally alike pairs those on the same page come first, so a template sentence a plan repeats in several
 * sections ("Er is een evaluatie uitgevoerd.") pairs with the gold statement of its own section. Gold repeats
 * (dup_of) form one target: the first prediction matching any of its statements counts; a prediction that
 * matches only targets already matched is a duplicate, neither right nor wrong. Field accuracy is measured on
 * matched pairs against the gold statement matched.
 */
public final class TargetEvaluation {
    static final double MIN_DICE = 0.6;
    private static final double MIN_CONTAINMENT = 0.9;
    private static final double MAX_LENGTH_RATIO = 2.5;
    private static final double EPSILON = 1e-6;

    private TargetEvaluation() {
    }

    /** Reads a gold JSONL file (SCHEMA.md) and a predicted TargetRecord JSONL file and scores them. */
    public static EvaluationReport evaluate(Path goldJsonl, Path predictedJsonl) throws IOException {
        return evaluate(TargetFiles.readGold(goldJsonl), TargetFiles.readPredictions(predictedJsonl));
    }

    public static EvaluationReport evaluate(List<GoldTarget> gold, List<TargetRecord> predicted) {
        record Pair(int gold, int pred, double similarity, boolean samePage) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                GoldTarget gt = gold.get(g);
                TargetRecord pt = predicted.get(p);
                if (!Objects.equals(gt.doc(), pt.doc())) continue;
                double dice = TextSimilarity.dice(gt.text(), pt.text());
                boolean samePage = gt.page() != null && pt.pages() != null && pt.pages().contains(gt.page());
                if (dice >= MIN_DICE || contains(pt.text(), gt.text())) pairs.add(new Pair(g, p, dice, samePage));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparing(Pair::samePage, Comparator.reverseOrder()));
        Set<Integer> matchedGroups = new HashSet<>();
        Set<Integer> usedPreds = new HashSet<>();
        List<EvaluationReport.Match> matches = new ArrayList<>();
        for (Pair pair : pairs) {
            GoldTarget g = gold.get(pair.gold());
            if (usedPreds.contains(pair.pred()) || matchedGroups.contains(g.group())) continue;
            usedPreds.add(pair.pred());
            matchedGroups.add(g.group());
            TargetRecord p = predicted.get(pair.pred());
            matches.add(new EvaluationReport.Match(g, p, pair.similarity(), wrongFields(g, p)));
        }
        // a prediction left over that matches a target already matched repeats it
        int duplicates = 0;
        for (Pair pair : pairs) {
            if (usedPreds.add(pair.pred())) duplicates++;
        }
        List<GoldTarget> misses = new ArrayList<>();
        Set<Integer> groups = new HashSet<>();
        for (GoldTarget g : gold) {
            if (groups.add(g.group()) && !matchedGroups.contains(g.group())) misses.add(g);
        }
        List<TargetRecord> falsePositives = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) if (!usedPreds.contains(p)) falsePositives.add(predicted.get(p));
        matches.sort(Comparator.comparingInt(m -> m.gold().line()));
        return new EvaluationReport(groups.size(), predicted.size(), matches.size(), duplicates,
                fieldAccuracy(matches), matches, misses, falsePositives);
    }

    private static boolean contains(String pred, String gold) {
        int p = TextSimilarity.words(pred).size();
        int g = TextSimilarity.words(gold).size();
        return p <= MAX_LENGTH_RATIO * g && TextSimilarity.containment(gold, pred) >= MIN_CONTAINMENT;
    }

    private static final Map<String, Function<GoldTarget, Object>> GOLD = new LinkedHashMap<>();
    private static final Map<String, Function<TargetRecord, Object>> PRED = new HashMap<>();

    static {
        field("deadline", g -> deadline(g.deadline()), p -> deadline(p.deadline()));
        field("quantity", GoldTarget::quantity, TargetRecord::quantity);
        field("unit", GoldTarget::unit, TargetRecord::unit);
        field("comparator", GoldTarget::comparator, TargetRecord::comparator);
        field("baseline_value", GoldTarget::baselineValue, TargetRecord::baselineValue);
        field("baseline_year", GoldTarget::baselineYear, TargetRecord::baselineYear);
        field("kind", GoldTarget::kind, TargetRecord::kind);
        field("source_quoted", GoldTarget::sourceQuoted, TargetRecord::sourceQuoted);
    }

    private static void field(String name, Function<GoldTarget, Object> gold, Function<TargetRecord, Object> pred) {
        GOLD.put(name, gold);
        PRED.put(name, pred);
    }

    private static List<String> wrongFields(GoldTarget g, TargetRecord p) {
        List<String> wrong = new ArrayList<>();
        GOLD.forEach((name, gf) -> {
            if (!same(gf.apply(g), PRED.get(name).apply(p))) wrong.add(name + "=" + PRED.get(name).apply(p)
                    + " (gold " + gf.apply(g) + ")");
        });
        return wrong;
    }

    private static Map<String, EvaluationReport.FieldAccuracy> fieldAccuracy(List<EvaluationReport.Match> matches) {
        Map<String, EvaluationReport.FieldAccuracy> out = new LinkedHashMap<>();
        GOLD.forEach((name, gf) -> {
            int right = 0;
            for (EvaluationReport.Match m : matches) {
                if (same(gf.apply(m.gold()), PRED.get(name).apply(m.predicted()))) right++;
            }
            out.put(name, new EvaluationReport.FieldAccuracy(right, matches.size()));
        });
        return out;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return Math.abs(x.doubleValue() - y.doubleValue()) < EPSILON;
        return Objects.equals(a, b);
    }

    private static String deadline(Object d) {
        return d == null ? null : d.toString();
    }
}
