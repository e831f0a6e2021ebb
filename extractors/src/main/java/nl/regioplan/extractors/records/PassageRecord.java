package nl.regioplan.extractors.records;

import java.util.List;

/**
 * A searchable unit of a plan: a block, or a few sentences of a long one, never crossing a heading or a page.
 *
 * @param kind    the block kind it came from (heading, paragraph, list_item, table_cell, caption)
 * @param section the heading path it stands under, joined with " > "
 */
public record PassageRecord(String doc, int page, String kind, String section, String text, List<String> themes,
                            List<String> parties, List<Integer> years, String region) {
    public PassageRecord {
        themes = themes == null ? List.of() : List.copyOf(themes);
        parties = parties == null ? List.of() : List.copyOf(parties);
        years = years == null ? List.of() : List.copyOf(years);
    }
}
