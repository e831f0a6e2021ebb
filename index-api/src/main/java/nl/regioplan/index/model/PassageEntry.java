package nl.regioplan.index.model;

import java.util.List;

/** One searchable passage: a block or a few sentences of one page, with what the extractors found in it. */
public record PassageEntry(String doc, int page, String kind, String section, String text, List<String> themes,
                           List<String> parties, List<Integer> years) {
    public PassageEntry {
        themes = themes == null ? List.of() : List.copyOf(themes);
        parties = parties == null ? List.of() : List.copyOf(parties);
        years = years == null ? List.of() : List.copyOf(years);
    }
}
