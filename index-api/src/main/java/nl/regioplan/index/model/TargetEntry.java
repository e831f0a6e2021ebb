package nl.regioplan.index.model;

import java.util.List;

/** One indexed target record: what search, its facets and its snippets need (the full record is in the records files). */
public record TargetEntry(String doc, int page, String kind, String text, Integer deadlineYear, String subject,
                          String section, List<String> themes, List<String> parties) {
    public TargetEntry {
        themes = themes == null ? List.of() : List.copyOf(themes);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
