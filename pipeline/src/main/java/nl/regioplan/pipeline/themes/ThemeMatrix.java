package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.DataStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Regions against IZA themes: a row per region (every region with a document, "(onbekend)" last), a column per
 * theme code of themes.md (all of them, zeros included). Codes outside themes.md are not counted.
 */
public record ThemeMatrix(ThemeMeasure measure, List<IzaTheme> themes, List<Row> rows) {
    public ThemeMatrix {
        themes = List.copyOf(themes);
        rows = List.copyOf(rows);
    }

    /**
     * @param values one per theme, in the matrix's theme order
     */
    public record Row(String region, int documents, int pages, List<Double> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public static ThemeMatrix from(DataStore store, ThemeMeasure measure) {
        return of(PlanDocument.load(store), measure);
    }

    public static ThemeMatrix of(List<PlanDocument> documents, ThemeMeasure measure) {
        List<IzaTheme> themes = IzaTheme.all();
        Map<String, List<PlanDocument>> byRegion = new LinkedHashMap<>();
        for (String region : Regions.of(documents)) byRegion.put(region, new ArrayList<>());
        for (PlanDocument d : documents) byRegion.get(d.region()).add(d);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<PlanDocument>> e : byRegion.entrySet()) {
            List<PlanDocument> docs = e.getValue();
            int pages = docs.stream().mapToInt(PlanDocument::pages).sum();
            Map<String, Double> perCode = switch (measure) {
                case PASSAGES -> passageCounts(docs);
                case TARGETS -> targetCounts(docs);
                case SHARE -> pageShares(docs, pages);
            };
            List<Double> values = themes.stream().map(t -> perCode.getOrDefault(t.code(), 0.0)).toList();
            rows.add(new Row(e.getKey(), docs.size(), pages, values));
        }
        return new ThemeMatrix(measure, themes, rows);
    }

    private static Map<String, Double> passageCounts(List<PlanDocument> docs) {
        Map<String, Double> counts = new HashMap<>();
        for (PlanDocument d : docs)
            for (PassageRecord p : d.records().passages()) countOnce(counts, p.themes());
        return counts;
    }

    private static Map<String, Double> targetCounts(List<PlanDocument> docs) {
        Map<String, Double> counts = new HashMap<>();
        for (PlanDocument d : docs)
            for (TargetRecord t : d.records().targets()) countOnce(counts, t.themes());
        return counts;
    }

    /** A record listing a code twice still counts once for it. */
    private static void countOnce(Map<String, Double> counts, Collection<String> codes) {
        for (String code : new HashSet<>(codes)) counts.merge(normalise(code), 1.0, Double::sum);
    }

    private static Map<String, Double> pageShares(List<PlanDocument> docs, int pages) {
        Map<String, Set<String>> pagesPerCode = new HashMap<>();
        for (PlanDocument d : docs)
            for (PassageRecord p : d.records().passages())
                for (String code : p.themes())
                    pagesPerCode.computeIfAbsent(normalise(code), c -> new HashSet<>()).add(d.doc() + "\u0000" + p.page());
        Map<String, Double> shares = new HashMap<>();
        if (pages == 0) return shares;
        pagesPerCode.forEach((code, set) -> shares.put(code, 100.0 * set.size() / pages));
        return shares;
    }

    private static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    public List<String> regions() {
        return rows.stream().map(Row::region).toList();
    }

    /** The cell of a region and theme code; 0 for a region or code the matrix does not have. */
    public double value(String region, String code) {
        int column = -1;
        for (int i = 0; i < themes.size(); i++) if (themes.get(i).code().equals(code)) column = i;
        if (column < 0) return 0;
        for (Row row : rows) if (row.region().equals(region)) return row.values().get(column);
        return 0;
    }

    public double max() {
        return rows.stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** A cell as people read it: counts whole, shares with one decimal. */
    public String format(double value) {
        return measure.isCount() ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@link #format} with a decimal comma, for the Dutch heatmaps. */
    public String formatDutch(double value) {
        return format(value).replace('.', ',');
    }

    /** The values the colour key shows: five steps up to the maximum, whole and distinct for counts. */
    public List<Double> legendValues() {
        double max = max();
        List<Double> values = new ArrayList<>();
        for (double step : new double[]{0, 0.25, 0.5, 0.75, 1}) {
            double v = measure.isCount() ? Math.round(step * max) : step * max;
            if (!values.contains(v)) values.add(v);
        }
        return values;
    }
}
