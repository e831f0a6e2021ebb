package nl.regioplan.extractors.eval;

import nl.regioplan.extractors.records.TargetRecord;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well predicted targets match gold targets.
 *
 * @param goldTargets    distinct gold targets (repeats folded into their first statement)
 * @param predicted      predicted records
 * @param truePositives  gold targets matched by a prediction
 * @param duplicates     predictions that matched a gold target another prediction already matched (a repeat
 *                       the extractor did not fold; neither right nor wrong)
 * @param fields         per field: matched targets where the field is right, of all matched targets
 * @param matches        the matched pairs
 * @param misses         gold targets nobody predicted (their first statement)
 * @param falsePositives predictions that match no gold target
 */
public record EvaluationReport(int goldTargets, int predicted, int truePositives, int duplicates,
                               Map<String, FieldAccuracy> fields, List<Match> matches, List<GoldTarget> misses,
                               List<TargetRecord> falsePositives) {

    public record FieldAccuracy(int right, int total) {
        public double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    /** A gold statement and the prediction matched to it, with their text similarity (Dice). */
    public record Match(GoldTarget gold, TargetRecord predicted, double similarity, List<String> wrongFields) {
    }

    public double precision() {
        int counted = truePositives + falsePositives.size();
        return counted == 0 ? 0 : (double) truePositives / counted;
    }

    public double recall() {
        return goldTargets == 0 ? 0 : (double) truePositives / goldTargets;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A human summary: the scores, each field's accuracy, then every miss, false positive and wrong field. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "targets: gold %d, predicted %d, matched %d, duplicates %d, "
                        + "false positives %d, misses %d%n", goldTargets, predicted, truePositives, duplicates,
                falsePositives.size(), misses.size()));
        sb.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
        sb.append("field accuracy on matched targets:\n");
        fields.forEach((name, a) -> sb.append(String.format(Locale.ROOT, "  %-15s %.3f (%d/%d)%n", name,
                a.accuracy(), a.right(), a.total())));
        if (!misses.isEmpty()) {
            sb.append("misses:\n");
            for (GoldTarget g : misses) sb.append("  - [line ").append(g.line()).append("] ").append(g.text()).append('\n');
        }
        if (!falsePositives.isEmpty()) {
            sb.append("false positives:\n");
            for (TargetRecord t : falsePositives) {
                sb.append("  - [p").append(t.page()).append(' ').append(t.method())
                        .append(String.format(Locale.ROOT, " %.2f", t.confidence())).append("] ").append(t.text()).append('\n');
            }
        }
        for (Match m : matches) {
            if (m.wrongFields().isEmpty()) continue;
            sb.append("wrong fields [line ").append(m.gold().line()).append("] ").append(m.wrongFields()).append(": ")
                    .append(m.gold().text()).append('\n');
        }
        return sb.toString();
    }
}
