package nl.regioplan.extractors.region;

/**
 * The care region a document is about, and how that was decided.
 *
 * @param region   the region's name as the RegionCatalog spells it (or the manifest's own, if the catalog lacks it)
 * @param source   {@code manifest}, {@code title} or {@code text}
 * @param evidence for {@code text}: the weighted count of the region's place names in the text; else 0
 */
public record ResolvedRegion(String region, String source, int evidence) {
}
