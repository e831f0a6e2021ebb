package nl.regioplan.extractors.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A commitment to a future, checkable state or change. Field names follow ../shared/gold/SCHEMA.md, plus what
 * the pipeline knows beyond the gold (region, themes, parties, section, pages, method, confidence).
 *
 * @param deadline an {@link Integer} year, an ISO date {@link String} ("2025-01-01"), or null
 * @param pages    every page this target is stated on (a target repeated in summary and chapter is one record)
 * @param method   "rule" or "nlp"
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TargetRecord(
        String doc,
        Integer page,
        String kind,
        String text,
        Object deadline,
        Double quantity,
        String unit,
        String comparator,
        @JsonProperty("baseline_value") Double baselineValue,
        @JsonProperty("baseline_year") Integer baselineYear,
        String subject,
        @JsonProperty("source_quoted") boolean sourceQuoted,
        String region,
        List<String> themes,
        List<String> parties,
        String section,
        List<Integer> pages,
        String method,
        double confidence) {

    public TargetRecord {
        themes = themes == null ? List.of() : List.copyOf(themes);
        parties = parties == null ? List.of() : List.copyOf(parties);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** The deadline's year, whether it was given as a year or as a date. */
    public Integer deadlineYear() {
        if (deadline instanceof Number n) return n.intValue();
        if (deadline instanceof String s && s.length() >= 4) return Integer.parseInt(s.substring(0, 4));
        return null;
    }
}
