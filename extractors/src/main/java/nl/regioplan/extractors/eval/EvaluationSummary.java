package nl.regioplan.extractors.eval;

import nl.regioplan.extractors.records.TargetRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of several documents side by side: one row per document, an overall row from the summed counts (a
 * micro average: every target weighs the same, whichever plan it is in), field accuracy over all matched
 * targets, and how well the predicted confidence matches the observed precision.
 */
public final class EvaluationSummary {
    private static final double[] CONFIDENCE_BINS = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

    private final Map<String, EvaluationReport> byDocument = new LinkedHashMap<>();

    public void add(String doc, EvaluationReport report) {
        byDocument.put(doc, report);
    }

    public Map<String, EvaluationReport> byDocument() {
        return Map.copyOf(byDocument);
    }

    public int gold() {
        return byDocument.values().stream().mapToInt(EvaluationReport::goldTargets).sum();
    }

    public int truePositives() {
        return byDocument.values().stream().mapToInt(EvaluationReport::truePositives).sum();
    }

    public int falsePositives() {
        return byDocument.values().stream().mapToInt(r -> r.falsePositives().size()).sum();
    }

    public double precision() {
        int counted = truePositives() + falsePositives();
        return counted == 0 ? 0 : (double) truePositives() / counted;
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) truePositives() / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Field accuracy over every matched target of every document. */
    public Map<String, EvaluationReport.FieldAccuracy> fields() {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (EvaluationReport r : byDocument.values()) {
            r.fields().forEach((name, a) -> {
                int[] s = sums.computeIfAbsent(name, k -> new int[2]);
                s[0] += a.right();
                s[1] += a.total();
            });
        }
        Map<String, EvaluationReport.FieldAccuracy> out = new LinkedHashMap<>();
        sums.forEach((name, s) -> out.put(name, new EvaluationReport.FieldAccuracy(s[0], s[1])));
        return out;
    }

    /** One bin of predictions by confidence: how many, their mean confidence, and how many were right. */
    public record CalibrationBin(double from, double to, int predictions, double meanConfidence, int right) {
        public double observed() {
            return predictions == 0 ? 0 : (double) right / predictions;
        }
    }

    public List<CalibrationBin> calibration() {
        List<CalibrationBin> bins = new ArrayList<>();
        for (int i = 0; i + 1 < CONFIDENCE_BINS.length; i++) {
            double from = CONFIDENCE_BINS[i];
            double to = CONFIDENCE_BINS[i + 1];
            int n = 0;
            int right = 0;
            double sum = 0;
            for (EvaluationReport r : byDocument.values()) {
                for (EvaluationReport.Match m : r.matches()) {
                    double c = m.predicted().confidence();
                    if (c >= from && c < to) {
                        n++;
                        right++;
                        sum += c;
                    }
                }
                for (TargetRecord t : r.falsePositives()) {
                    if (t.confidence() >= from && t.confidence() < to) {
                        n++;
                        sum += t.confidence();
                    }
                }
            }
            if (n > 0) bins.add(new CalibrationBin(from, Math.min(to, 1), n, sum / n, right));
        }
        return bins;
    }

    /** The table users read: a row per document, the overall row, field accuracy and calibration. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(8, byDocument.keySet().stream().mapToInt(String::length).max().orElse(8));
        String row = "%-" + width + "s  %5s  %5s  %5s  %5s  %9s  %6s  %5s%n";
        sb.append(String.format(Locale.ROOT, row, "document", "gold", "found", "right", "wrong", "precision", "recall", "F1"));
        byDocument.forEach((doc, r) -> sb.append(String.format(Locale.ROOT, row, doc, r.goldTargets(),
                r.truePositives() + r.falsePositives().size(), r.truePositives(), r.falsePositives().size(),
                f3(r.precision()), f3(r.recall()), f3(r.f1()))));
        sb.append(String.format(Locale.ROOT, row, "overall", gold(), truePositives() + falsePositives(), truePositives(),
                falsePositives(), f3(precision()), f3(recall()), f3(f1())));
        sb.append("\nfield accuracy on matched targets (all documents):\n");
        fields().forEach((name, a) -> sb.append(String.format(Locale.ROOT, "  %-15s %.3f (%d/%d)%n", name,
                a.accuracy(), a.right(), a.total())));
        sb.append("\nconfidence against observed precision:\n");
        for (CalibrationBin b : calibration()) {
            sb.append(String.format(Locale.ROOT, "  %.1f-%.1f  %4d predictions  mean confidence %.2f  right %.2f%n",
                    b.from(), b.to(), b.predictions(), b.meanConfidence(), b.observed()));
        }
        return sb.toString();
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
