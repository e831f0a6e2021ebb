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
    RFC_4180(CSVFormat.RFC4180, '.', false),
    EXCEL_NL(CSVFormat.RFC4180.builder().setDelimiter(';').get(), ',', true);

    /** Joins list values (themes, parties, pages) inside one cell. */
    public static final String LIST_SEPARATOR = "|";

    private final CSVFormat format;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(CSVFormat format, char decimalSeparator, boolean byteOrderMark) {
        this.format = format;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    public CSVFormat format() {
        return format;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
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
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}
