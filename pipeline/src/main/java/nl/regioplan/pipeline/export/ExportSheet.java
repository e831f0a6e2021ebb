package nl.regioplan.pipeline.export;

import java.util.List;

/** The records of one type chosen for an export: a CSV file, a JSON Lines file, or a sheet of a workbook. */
public record ExportSheet(RecordTable<?> table, List<?> records) {
    public ExportSheet {
        records = List.copyOf(records);
    }

    public String name() {
        return table.name();
    }

    public List<String> header() {
        return table.header();
    }

    public List<Object> row(int index) {
        return table.row(records.get(index));
    }

    public int size() {
        return records.size();
    }
}
