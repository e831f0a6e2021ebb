package nl.regioplan.index.model;

import java.util.List;

/** One indexed target record; {@code json} is the full record as the extractors wrote it, returned as stored. */
public record TargetEntry(String doc, int page, String kind, String text, Integer deadlineYear, String subject,
                          String section, List<String> themes, List<String> parties, String json) {
    public TargetEntry {
        themes = themes == null ? List.of() : List.copyOf(themes);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
