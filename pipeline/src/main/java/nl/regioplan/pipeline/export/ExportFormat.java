package nl.regioplan.pipeline.export;

import nl.regioplan.pipeline.choice.TypedChoice;

import java.util.Locale;

/** The file formats of {@code regioplan export}. */
public enum ExportFormat {
    CSV, JSONL, XLSX;

    /** The file name ending, without the dot: the name users type for the format. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** False for formats that hold one record type per file (CSV, JSON Lines). */
    public boolean holdsManySheets() {
        return this == XLSX;
    }

    /** @param excelNl CSV spelled for Dutch Excel; only meaningful for CSV */
    public ExportWriter writer(boolean excelNl) {
        if (excelNl && this != CSV) throw new IllegalArgumentException("--excel-nl shapes CSV files; drop it or use --format csv");
        return switch (this) {
            case CSV -> new CsvExportWriter(excelNl ? CsvDialect.EXCEL_NL : CsvDialect.RFC_4180);
            case JSONL -> new JsonlExportWriter();
            case XLSX -> new XlsxExportWriter();
        };
    }

    public static ExportFormat parse(String typed) {
        return TypedChoice.parse(ExportFormat.class, typed, "format");
    }
}
