package nl.regioplan.pipeline.export;

import org.apache.commons.csv.CSVFormat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How values are spelled in a CSV file. {@link #RFC_4180} is for programs; {@link #EXCEL_NL} is what Excel with
 * Dutch regional settings opens correctly by double-click: it reads a BOM as "this is UTF-8", splits on its
 * list separator {@code ;}, and parses {@code 31,1} (but not {@code 31.1}) as a number.
 */
public enum CsvDialect {
    RFC_4180,
    EXCEL_NL;

    /** Joins list values (themes, parties, pages) inside one cell. */
    public static final String LIST_SEPARATOR = "|";

    private static final CSVFormat SEMICOLONS = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    public CSVFormat format() {
        return this == EXCEL_NL ? SEMICOLONS : CSVFormat.RFC4180;
    }

    public boolean byteOrderMark() {
        return this == EXCEL_NL;
    }

    /** Dutch Excel's list separator is ';' because its decimal separator is ','. */
    private char decimalSeparator() {
        return this == EXCEL_NL ? ',' : '.';
    }

    /** A cell's text: null empty, numbers plainly (2027 not 2027.0, no exponent), lists joined with "|". */
    public String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> number(d);
            case Float f -> number(f.doubleValue());
            case List<?> list -> list.stream().map(this::text).collect(Collectors.joining(LIST_SEPARATOR));
            default -> value.toString();
        };
    }

    private String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "";
        String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return plain.replace('.', decimalSeparator());
    }
}
