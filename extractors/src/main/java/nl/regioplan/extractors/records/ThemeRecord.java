package nl.regioplan.extractors.records;

import java.util.List;

/** An IZA theme on a passage or target, with the lexicon terms that triggered it. */
public record ThemeRecord(String doc, Integer page, String code, String label, List<String> evidence, String text,
                          String region, String section) {
    public ThemeRecord {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
