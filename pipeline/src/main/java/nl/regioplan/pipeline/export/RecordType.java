package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PartyRecord;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.records.ThemeRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The exportable record types, each with its row mapping; column names are the records' JSON field names. */
public enum RecordType {
    TARGETS(targets(false), targets(true)),
    PERCENTAGES(mentions("percentages", DocumentRecords::percentages)),
    YEARS(mentions("years", DocumentRecords::years)),
    PARTIES(RecordTable.of("parties", PartyRecord.class, DocumentRecords::parties, PartyRecord::region, null)
            .column("doc", PartyRecord::doc)
            .column("page", PartyRecord::page)
            .column("name", PartyRecord::name)
            .column("normalised", PartyRecord::normalised)
            .column("type", PartyRecord::type)
            .column("role", PartyRecord::role)
            .column("text", PartyRecord::text)
            .column("region", PartyRecord::region)
            .column("section", PartyRecord::section)),
    THEMES(RecordTable.of("themes", ThemeRecord.class, DocumentRecords::themes, ThemeRecord::region, t -> List.of(t.code()))
            .column("doc", ThemeRecord::doc)
            .column("page", ThemeRecord::page)
            .column("code", ThemeRecord::code)
            .column("label", ThemeRecord::label)
            .column("evidence", ThemeRecord::evidence)
            .column("text", ThemeRecord::text)
            .column("region", ThemeRecord::region)
            .column("section", ThemeRecord::section)),
    PASSAGES(RecordTable.of("passages", PassageRecord.class, DocumentRecords::passages, PassageRecord::region, PassageRecord::themes)
            .column("doc", PassageRecord::doc)
            .column("page", PassageRecord::page)
            .column("kind", PassageRecord::kind)
            .column("section", PassageRecord::section)
            .column("text", PassageRecord::text)
            .column("themes", PassageRecord::themes)
            .column("parties", PassageRecord::parties)
            .column("years", PassageRecord::years)
            .column("region", PassageRecord::region));

    private final RecordTable<?> table;
    private final RecordTable<?> typedTable;

    RecordType(RecordTable<?> table) {
        this(table, table);
    }

    RecordType(RecordTable<?> table, RecordTable<?> typedTable) {
        this.table = table;
        this.typedTable = typedTable;
    }

    /** @param typedDeadline a deadline_year and a deadline_date column instead of the JSON's mixed deadline */
    private static RecordTable<TargetRecord> targets(boolean typedDeadline) {
        RecordTable<TargetRecord> t = RecordTable.of("targets", TargetRecord.class, DocumentRecords::targets,
                        TargetRecord::region, TargetRecord::themes)
                .column("doc", TargetRecord::doc)
                .column("page", TargetRecord::page)
                .column("kind", TargetRecord::kind)
                .column("text", TargetRecord::text);
        t = typedDeadline
                ? t.column("deadline_year", TargetRecord::deadlineYear).column("deadline_date", RecordType::deadlineDate)
                : t.column("deadline", TargetRecord::deadline);
        return t.column("quantity", TargetRecord::quantity)
                .column("unit", TargetRecord::unit)
                .column("comparator", TargetRecord::comparator)
                .column("baseline_value", TargetRecord::baselineValue)
                .column("baseline_year", TargetRecord::baselineYear)
                .column("subject", TargetRecord::subject)
                .column("source_quoted", TargetRecord::sourceQuoted)
                .column("region", TargetRecord::region)
                .column("themes", TargetRecord::themes)
                .column("parties", TargetRecord::parties)
                .column("section", TargetRecord::section)
                .column("pages", TargetRecord::pages)
                .column("method", TargetRecord::method)
                .column("confidence", TargetRecord::confidence);
    }

    private static RecordTable<MentionRecord> mentions(String name,
                                                       Function<DocumentRecords, List<MentionRecord>> select) {
        return RecordTable.of(name, MentionRecord.class, select, MentionRecord::region, null)
                .column("doc", MentionRecord::doc)
                .column("page", MentionRecord::page)
                .column("type", MentionRecord::type)
                .column("value", MentionRecord::value)
                .column("unit", MentionRecord::unit)
                .column("raw", MentionRecord::raw)
                .column("role", MentionRecord::role)
                .column("text", MentionRecord::text)
                .column("region", MentionRecord::region)
                .column("section", MentionRecord::section);
    }

    /** The deadline when it is a date ("2025-01-01"); a bare year has none. */
    private static String deadlineDate(TargetRecord target) {
        return target.deadline() instanceof String date && !date.isBlank() ? date : null;
    }

    /** The columns of the JSON record, in its field order (what the web API's CSV gives today). */
    public RecordTable<?> table() {
        return table;
    }

    /**
     * The columns export and extract files get: the JSON's, except that a target's deadline, a year or an ISO
     * date in the JSON, is a deadline_year (whole number) and a deadline_date (ISO, or empty) column, so pandas and
     * Excel read one type per column.
     */
    public RecordTable<?> typedTable() {
        return typedTable;
    }

    /** The name users type and files are named after: targets, percentages, ... */
    public String label() {
        return table.name();
    }

    /** One type by its name, or "all" for every type. */
    public static List<RecordType> parse(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("all")) return List.of(values());
        return Arrays.stream(values()).filter(t -> t.label().equals(wanted)).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown record type '" + typed + "': use "
                        + String.join(", ", Arrays.stream(values()).map(RecordType::label).toList()) + " or all"));
    }
}
