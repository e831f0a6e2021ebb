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
            .jsonColumns()),
    THEMES(RecordTable.of("themes", ThemeRecord.class, DocumentRecords::themes, ThemeRecord::region, t -> List.of(t.code()))
            .jsonColumns()),
    PASSAGES(RecordTable.of("passages", PassageRecord.class, DocumentRecords::passages, PassageRecord::region,
            PassageRecord::themes).jsonColumns());

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
        RecordTable<TargetRecord> json = RecordTable.of("targets", TargetRecord.class, DocumentRecords::targets,
                TargetRecord::region, TargetRecord::themes).jsonColumns();
        return typedDeadline ? json.replacing("deadline", List.of(new Column<>("deadline_year", TargetRecord::deadlineYear),
                new Column<>("deadline_date", RecordType::deadlineDate))) : json;
    }

    private static RecordTable<MentionRecord> mentions(String name,
                                                       Function<DocumentRecords, List<MentionRecord>> select) {
        return RecordTable.of(name, MentionRecord.class, select, MentionRecord::region, null).jsonColumns();
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
