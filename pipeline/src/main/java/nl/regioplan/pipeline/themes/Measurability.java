package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.TargetRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How measurable a plan's targets are, as regulators asked the regions: per plan the number of targets and the
 * share with a deadline, a quantity, a baseline (value or year) and a responsible party.
 */
public record Measurability(String doc, String title, String region, int targets, int withDeadline,
                            int withQuantity, int withBaseline, int withParty) {

    public static Measurability of(PlanDocument d) {
        int deadline = 0;
        int quantity = 0;
        int baseline = 0;
        int party = 0;
        List<TargetRecord> targets = d.records().targets();
        for (TargetRecord t : targets) {
            if (t.deadline() != null) deadline++;
            if (t.quantity() != null) quantity++;
            if (t.baselineValue() != null || t.baselineYear() != null) baseline++;
            if (!t.parties().isEmpty()) party++;
        }
        return new Measurability(d.doc(), d.entry().title(), d.region(), targets.size(), deadline, quantity, baseline, party);
    }

    /** One row per plan with targets, by region and then document. */
    public static List<Measurability> of(List<PlanDocument> documents) {
        List<Measurability> rows = new ArrayList<>();
        for (PlanDocument d : documents) if (!d.records().targets().isEmpty()) rows.add(of(d));
        rows.sort(Comparator.comparing((Measurability m) -> m.region() == null ? "" : m.region()).thenComparing(Measurability::doc));
        return rows;
    }

    public double share(int count) {
        return targets == 0 ? 0 : (double) count / targets;
    }

    /** The rows as a text table: counts and shares. */
    public static String render(List<Measurability> rows) {
        TextTable table = new TextTable(List.of("region", "document", "targets", "deadline", "quantity", "baseline", "party"));
        for (Measurability m : rows) {
            table.add(List.of(m.region() == null ? "" : m.region(), m.doc(), String.valueOf(m.targets()),
                    percent(m.share(m.withDeadline())), percent(m.share(m.withQuantity())),
                    percent(m.share(m.withBaseline())), percent(m.share(m.withParty()))));
        }
        return table.render();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%3.0f%%", share * 100);
    }
}
