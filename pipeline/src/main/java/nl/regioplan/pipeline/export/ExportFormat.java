package nl.regioplan.pipeline.export;

import nl.regioplan.pipeline.choice.TypedChoice;

/** The file formats of {@code regioplan export}. */
public enum ExportFormat {
    CSV, JSONL, XLSX;

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
