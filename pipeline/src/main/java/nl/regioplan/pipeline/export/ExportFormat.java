package nl.regioplan.pipeline.export;

import java.util.Arrays;
import java.util.Locale;

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
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + typed + "': use csv, jsonl or xlsx"));
    }
}
