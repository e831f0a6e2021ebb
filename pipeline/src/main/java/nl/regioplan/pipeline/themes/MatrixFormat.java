package nl.regioplan.pipeline.themes;

import java.util.Arrays;
import java.util.Locale;

/** The outputs of {@code regioplan themes}. */
public enum MatrixFormat {
    TABLE, CSV, HTML, PNG;

    public MatrixRenderer renderer() {
        return switch (this) {
            case TABLE -> new TextMatrixRenderer();
            case CSV -> new CsvMatrixRenderer();
            case HTML -> new HtmlMatrixRenderer();
            case PNG -> new PngMatrixRenderer();
        };
    }

    public static MatrixFormat parse(String typed) {
        String wanted = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + typed + "': use table, csv, html or png"));
    }
}
