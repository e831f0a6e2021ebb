package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.records.ThemeRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One theme across regions: every region's targets of that theme, ordered by deadline then region, and each
 * region's key passages (the passages with the most distinct lexicon evidence for the theme).
 *
 * @param regions every region with a document, also those that say nothing about the theme
 */
public record ThemeTrace(IzaTheme theme, List<String> regions, List<TracedTarget> targets, List<KeyPassage> passages) {
    public static final int DEFAULT_PASSAGES_PER_REGION = 3;

    public record TracedTarget(String region, TargetRecord target) {
        public PageReference reference() {
            return PageReference.of(target.doc(), target.page(), target.pages());
        }
    }

    /** @param evidence the lexicon terms that tagged this passage with the theme (empty when none were stored) */
    public record KeyPassage(String region, PassageRecord passage, List<String> evidence) {
        public PageReference reference() {
            return PageReference.of(passage.doc(), passage.page(), List.of());
        }
    }

    private static final Comparator<TracedTarget> BY_DEADLINE = Comparator
            .comparing((TracedTarget t) -> Deadlines.sortKey(t.target().deadline()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TracedTarget::region, Regions.ORDER)
            .thenComparing(t -> t.target().doc())
            .thenComparing(t -> t.target().page(), Comparator.nullsLast(Comparator.naturalOrder()));

    public static ThemeTrace of(List<PlanDocument> documents, IzaTheme theme, int passagesPerRegion) {
        String code = theme.code();
        List<TracedTarget> targets = new ArrayList<>();
        List<KeyPassage> candidates = new ArrayList<>();
        for (PlanDocument d : documents) {
            for (TargetRecord t : d.records().targets())
                if (carries(t.themes(), code)) targets.add(new TracedTarget(d.region(), t));
            List<ThemeRecord> tags = d.records().themes().stream().filter(r -> code.equalsIgnoreCase(r.code())).toList();
            for (PassageRecord p : d.records().passages())
                if (carries(p.themes(), code)) candidates.add(new KeyPassage(d.region(), p, evidence(p, tags)));
        }
        targets.sort(BY_DEADLINE);
        List<String> regions = Regions.of(documents);
        List<KeyPassage> key = new ArrayList<>();
        Comparator<KeyPassage> strongestFirst = Comparator
                .comparing((KeyPassage k) -> k.passage().kind() != null && k.passage().kind().equals("heading"))
                .thenComparing(k -> -k.evidence().size())
                .thenComparing(k -> k.passage().doc())
                .thenComparingInt(k -> k.passage().page());
        for (String region : regions)
            candidates.stream().filter(k -> k.region().equals(region)).sorted(strongestFirst).limit(passagesPerRegion).forEach(key::add);
        return new ThemeTrace(theme, regions, List.copyOf(targets), List.copyOf(key));
    }

    private static boolean carries(List<String> codes, String code) {
        return codes.stream().anyMatch(code::equalsIgnoreCase);
    }

    /** Theme records sit on the passage's page and hold its text (or a part of it, or the other way round). */
    private static List<String> evidence(PassageRecord p, List<ThemeRecord> tags) {
        Set<String> terms = new LinkedHashSet<>();
        for (ThemeRecord tag : tags) {
            if (tag.page() == null || tag.page() != p.page() || tag.text() == null) continue;
            if (p.text().contains(tag.text()) || tag.text().contains(p.text())) for (String term : tag.evidence()) terms.add(term.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(terms);
    }

    public List<TracedTarget> targetsOf(String region) {
        return targets.stream().filter(t -> t.region().equals(region)).toList();
    }

    public List<KeyPassage> passagesOf(String region) {
        return passages.stream().filter(p -> p.region().equals(region)).toList();
    }
}
