package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.choice.TypedChoice;

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
        return TypedChoice.parse(MatrixFormat.class, typed, "format");
    }
}
