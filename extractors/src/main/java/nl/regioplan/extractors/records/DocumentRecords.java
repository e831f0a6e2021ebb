package nl.regioplan.extractors.records;

import java.util.List;

/** Everything the extractors found in one document: the output of the records stage, stored as JSON per document. */
public record DocumentRecords(String doc, String region, List<PassageRecord> passages, List<TargetRecord> targets,
                              List<MentionRecord> percentages, List<MentionRecord> years,
                              List<PartyRecord> parties, List<ThemeRecord> themes) {
    public DocumentRecords {
        passages = List.copyOf(passages);
        targets = List.copyOf(targets);
        percentages = List.copyOf(percentages);
        years = List.copyOf(years);
        parties = List.copyOf(parties);
        themes = List.copyOf(themes);
    }
}
