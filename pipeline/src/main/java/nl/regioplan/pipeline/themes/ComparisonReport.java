package nl.regioplan.pipeline.themes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A region comparison as text to read: shared themes, themes only some regions have, and deadlines. */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    public static void render(RegionComparison c, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("Comparing ").append(c.regions().size()).append(" regions: ").append(String.join(", ", c.regions())).append("\n\n");
        s.append("Cells: themed passages / targets.\n\n");
        s.append("Themes in all regions (").append(c.inAll().size()).append(")\n").append(presence(c, c.inAll())).append('\n');
        s.append("Themes in only some regions (").append(c.inSome().size()).append(")\n").append(presence(c, c.inSome())).append('\n');
        s.append("Themes in none: ").append(c.inNone().isEmpty() ? "-" : String.join(", ",
                c.inNone().stream().map(t -> t.theme().code() + " " + t.theme().label()).toList())).append("\n\n");

        List<RegionComparison.ThemeRow> withTargets = c.themes().stream()
                .filter(t -> t.byRegion().values().stream().anyMatch(r -> r.earliest() != null)).toList();
        s.append("Target deadlines per theme (earliest-latest year)\n");
        if (withTargets.isEmpty()) {
            s.append("  (no dated targets)\n");
        } else {
            TextTable deadlines = new TextTable(header(c));
            for (RegionComparison.ThemeRow row : withTargets) {
                List<String> cells = new ArrayList<>(List.of(row.theme().code() + " " + row.theme().label()));
                row.byRegion().values().forEach(r -> cells.add(span(r)));
                deadlines.add(cells);
            }
            s.append(deadlines.render());
        }
        s.append('\n').append("Same deadline year in several regions\n");
        if (c.sharedDeadlines().isEmpty()) s.append("  (none)\n");
        for (RegionComparison.SharedDeadline d : c.sharedDeadlines()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : d.targets().entrySet())
                parts.add(e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " target)" : " targets)"));
            s.append("  ").append(d.theme().code()).append(' ').append(d.year()).append(": ").append(String.join(", ", parts)).append('\n');
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String presence(RegionComparison c, List<RegionComparison.ThemeRow> rows) {
        if (rows.isEmpty()) return "  (none)\n";
        TextTable table = new TextTable(header(c));
        for (RegionComparison.ThemeRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.theme().code() + " " + row.theme().label()));
            row.byRegion().values().forEach(r -> cells.add(r.present() ? r.passages() + " / " + r.targets() : "-"));
            table.add(cells);
        }
        return table.render();
    }

    private static List<String> header(RegionComparison c) {
        List<String> header = new ArrayList<>(List.of("theme"));
        header.addAll(c.regions());
        return header;
    }

    private static String span(RegionComparison.RegionCounts r) {
        if (r.earliest() == null) return "-";
        return r.earliest().equals(r.latest()) ? r.earliest().toString() : r.earliest() + "-" + r.latest();
    }
}
