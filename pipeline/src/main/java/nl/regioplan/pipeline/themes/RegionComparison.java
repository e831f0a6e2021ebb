package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where some regions' plans agree and differ: per theme, who addresses it (passages and targets per region), the
 * span of target deadlines per region, and the deadline years several regions share.
 *
 * @param regions the compared regions, in the order given
 */
public record RegionComparison(List<String> regions, List<ThemeRow> themes, List<SharedDeadline> sharedDeadlines) {

    /** @param earliest the earliest target deadline year, null without dated targets; likewise latest */
    public record RegionCounts(int passages, int targets, Integer earliest, Integer latest) {
        public boolean present() {
            return passages + targets > 0;
        }
    }

    /** @param byRegion in the comparison's region order */
    public record ThemeRow(IzaTheme theme, Map<String, RegionCounts> byRegion) {
        public List<String> presentIn() {
            return byRegion.entrySet().stream().filter(e -> e.getValue().present()).map(Map.Entry::getKey).toList();
        }

        public boolean inAll() {
            return presentIn().size() == byRegion.size();
        }

        public boolean inNone() {
            return presentIn().isEmpty();
        }
    }

    /** @param targets per region (in comparison order) with a target of this theme due in this year; only those */
    public record SharedDeadline(IzaTheme theme, int year, Map<String, Integer> targets) {
    }

    public static RegionComparison of(List<PlanDocument> documents, List<String> regions) {
        List<ThemeRow> rows = new ArrayList<>();
        List<SharedDeadline> shared = new ArrayList<>();
        for (IzaTheme theme : IzaTheme.all()) {
            Map<String, RegionCounts> byRegion = new LinkedHashMap<>();
            Map<Integer, Map<String, Integer>> byYear = new TreeMap<>();
            for (String region : regions) {
                int passages = 0;
                int targets = 0;
                Integer earliest = null;
                Integer latest = null;
                for (PlanDocument d : documents) {
                    if (!d.region().equals(region)) continue;
                    for (PassageRecord p : d.records().passages()) if (carries(p.themes(), theme)) passages++;
                    for (TargetRecord t : d.records().targets()) {
                        if (!carries(t.themes(), theme)) continue;
                        targets++;
                        Integer year = Deadlines.year(t.deadline());
                        if (year == null) continue;
                        earliest = earliest == null ? year : Math.min(earliest, year);
                        latest = latest == null ? year : Math.max(latest, year);
                        byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).merge(region, 1, Integer::sum);
                    }
                }
                byRegion.put(region, new RegionCounts(passages, targets, earliest, latest));
            }
            rows.add(new ThemeRow(theme, byRegion));
            byYear.forEach((year, perRegion) -> {
                if (perRegion.size() > 1) shared.add(new SharedDeadline(theme, year, inOrder(perRegion, regions)));
            });
        }
        return new RegionComparison(List.copyOf(regions), rows, shared);
    }

    private static Map<String, Integer> inOrder(Map<String, Integer> perRegion, List<String> regions) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String r : regions) if (perRegion.containsKey(r)) ordered.put(r, perRegion.get(r));
        return ordered;
    }

    private static boolean carries(List<String> codes, IzaTheme theme) {
        return new HashSet<>(codes).stream().anyMatch(theme.code()::equalsIgnoreCase);
    }

    public List<ThemeRow> inAll() {
        return themes.stream().filter(ThemeRow::inAll).toList();
    }

    public List<ThemeRow> inSome() {
        return themes.stream().filter(t -> !t.inAll() && !t.inNone()).toList();
    }

    public List<ThemeRow> inNone() {
        return themes.stream().filter(ThemeRow::inNone).toList();
    }
}
