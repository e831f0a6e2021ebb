package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioplan.extractors.clean.ListItemMarker;
import nl.regioplan.extractors.block.BlockKind;

/**
 * Finds table rows among a page's ordered lines, so that a row reaches the extractors as one unit ("Doel: Minder
 * rokers | Indicator: ... | Jaar: 2030") instead of as loose cells. A row starts where three or more lines share
 * a baseline (the line builder has cut them at the column gaps); lines right below it, closer than a paragraph
 * break, that start under one of its cells are that cell's wrapped text. Rows with the same columns that follow
 * each other form a table; its first row is the header when it is bold or carries no digits while the rows under
 * it do, and then every later cell is led by its column's header.
 */
final class TableRows {
    static final int MIN_CELLS = 3;
    /** A form's row is a label and its value: two cells. */
    private static final int MIN_FORM_CELLS = 2;
    private static final int MAX_LABEL_WORDS = 6, MAX_PLAIN_FORM_ROWS = 8, MAX_PLAIN_VALUE_LINES = 3;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]$"), TRAILING_COLON = Pattern.compile("\\s*:$");
    /** A cell holding a figure: a number, amount or percentage, a withheld "*", a tick "X" or a dash. */
    private static final Pattern FIGURE = Pattern.compile("[-–+]?(€\\s?)?\\d[\\d.,]*\\s?%?|\\*{1,3}|[Xx✓]\\**|[-–]");

    /** A row: its cells, each the lines of one cell top down, and the lines' index range in the page. */
    record Row(List<List<TextLine>> cells, int first, int last) {
        float left(int cell) {
            return cells.get(cell).get(0).left();
        }

        boolean wraps() {
            return last - first + 1 > cells.size();
        }

        String text(int cell) {
            StringBuilder s = new StringBuilder();
            for (TextLine line : cells.get(cell)) {
                if (!s.isEmpty()) s.append(' ');
                s.append(line.text());
            }
            return s.toString();
        }
    }

    private TableRows() {
    }

    /** The rows, in page order; lines between first and last of a row belong to it and to nothing else. */
    private static List<Row> find(List<TextLine> lines, LinePitch pitch, java.util.Set<TextLine> fixed) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && sameBaseline(lines.get(j + 1), lines.get(i))) j++;
            if (j - i + 1 < MIN_FORM_CELLS || anyOf(lines, i, j, fixed)) {
                i = j + 1;
                continue;
            }
            List<List<TextLine>> cells = new ArrayList<>();
            for (int k = i; k <= j; k++) cells.add(new ArrayList<>(List.of(lines.get(k))));
            int k = j + 1;
            float lastBaseline = lines.get(i).baseline();
            while (k < lines.size()) {
                TextLine line = lines.get(k);
                if (fixed.contains(line) || startsRow(lines, k, cells.size())) break;
                if (line.baseline() - lastBaseline > pitch.paragraphGap(line.fontSize()) || line.baseline() < lastBaseline - 0.3f * line.fontSize()) break;
                int cell = cellUnder(cells, line);
                // a line in another weight under a cell is the next section's label ("Leeftijd"), not the cell's text
                if (cell < 0 || line.bold() != cells.get(cell).get(cells.get(cell).size() - 1).bold()) break;
                cells.get(cell).add(line);
                lastBaseline = Math.max(lastBaseline, line.baseline());
                k++;
            }
            rows.add(new Row(cells, i, k - 1));
            i = k;
        }
        return rows;
    }

    /**
     * The tables among the rows: two or more rows with the same columns, one right after the other. Text set in
     * three columns (a slide with three boxes, a justified line cut at a wide space) also has three lines on a
     * baseline; a table differs in that its rows stand further apart than the line pitch or have cells that wrap
     * before the next row starts.
     */
    static List<List<Row>> tables(List<TextLine> lines, LinePitch pitch, java.util.Set<TextLine> fixed) {
        List<Row> rows = find(lines, pitch, fixed);
        List<List<Row>> tables = new ArrayList<>();
        int t = 0;
        while (t < rows.size()) {
            int end = t + 1;
            while (end < rows.size() && (rows.get(end).first() == rows.get(end - 1).last() + 1 || sectionLabelBetween(lines, rows.get(t), rows.get(end - 1), rows.get(end)))
                    && sameColumns(rows.get(t), rows.get(end))) end++;
            boolean table = mostlyFigures(rows.subList(t, end)) || formRows(rows.subList(t, end));
            for (int r = t; r < end && rows.get(t).cells().size() >= MIN_CELLS; r++) {
                Row row = rows.get(r);
                // text set in columns of unequal length ends in lines under some columns only: that is no wrap
                table |= row.wraps() && r < end - 1;
                if (r > t && !rows.get(r - 1).wraps()) {
                    TextLine above = rows.get(r - 1).cells().get(0).get(0), first = row.cells().get(0).get(0);
                    table |= first.baseline() - above.baseline() > pitch.paragraphGap(first.fontSize());
                }
            }
            if (table && end - t >= 2) tables.add(rows.subList(t, end));
            t = end;
        }
        return tables;
    }

    /** Rows of a drawn table ({@link RuledTables}) are laid out already: they take no part in finding others. */
    private static boolean anyOf(List<TextLine> lines, int from, int to, java.util.Set<TextLine> fixed) {
        for (int k = from; k <= to; k++) if (fixed.contains(lines.get(k))) return true;
        return false;
    }

    /**
     * Whether one line lies between two rows and starts under the table's first column: the label of the next
     * group of rows ("Gender", "Leeftijd" in a table of figures), which belongs to the table, not to a column
     * of text.
     */
    private static boolean sectionLabelBetween(List<TextLine> lines, Row table, Row above, Row below) {
        if (below.first() != above.last() + 2) return false;
        TextLine between = lines.get(above.last() + 1);
        return Math.abs(between.left() - table.left(0)) < between.fontSize() && between.right() < table.left(1);
    }

    /**
     * Rows of a form: labels and their values side by side ("Agendapunt: | 4", "Aan | : | De raad"). Most
     * labels end in a colon (or a colon stands in a cell of its own), or all are bold beside one-line values
     * that are not, or a few rows have one- or two-word labels beside short values (a letterhead); no label is longer than a few words, no cell starts a list item, and no column runs on from one row
     * into the next as a sentence does in two columns of text.
     */
    private static boolean formRows(List<Row> rows) {
        if (rows.size() < 2) return false;
        int colons = 0;
        boolean boldLabels = true, plainLabels = rows.size() <= MAX_PLAIN_FORM_ROWS;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            String label = row.text(0);
            if (label.split("\\s+").length > MAX_LABEL_WORDS) return false;
            for (int c = 0; c < row.cells().size(); c++) {
                if (ListItemMarker.itemText(row.cells().get(c).get(0).text()).isPresent()) return false;
                if (r > 0 && runsOn(rows.get(r - 1), row, c)) return false;
            }
            if (label.endsWith(":") || row.text(1).equals(":")) colons++;
            // without colons, only one-line values: a bold title beside a paragraph is a title column, no form
            boldLabels &= row.cells().get(0).get(0).bold() && !row.cells().get(row.cells().size() - 1).get(0).bold() && !row.wraps();
            // a letterhead's fields ("Datum | 9 april 2026", "Betreft | ..."): one- or two-word labels in the
            // value's own type, each value a few lines at most
            TextLine first = row.cells().get(0).get(0);
            plainLabels &= row.cells().size() == 2 && row.cells().get(0).size() == 1 && label.split("\\s+").length <= 2
                    && Character.isUpperCase(label.codePointAt(0)) && !SENTENCE_END.matcher(label).find()
                    && row.cells().get(1).size() <= MAX_PLAIN_VALUE_LINES && Math.abs(first.fontSize() - row.cells().get(1).get(0).fontSize()) <= 0.5f;
        }
        return colons * 2 > rows.size() || boldLabels || plainLabels;
    }

    /** Whether column c of {@code above} ends mid-sentence and goes on in lower case in {@code below}. */
    private static boolean runsOn(Row above, Row below, int c) {
        if (c >= above.cells().size() || c >= below.cells().size()) return false;
        List<TextLine> cell = above.cells().get(c);
        String end = cell.get(cell.size() - 1).text(), start = below.cells().get(c).get(0).text();
        return !end.matches(".*[.!?:;]\\s*$") && !start.isEmpty() && Character.isLowerCase(start.codePointAt(0));
    }

    /** Whether the rows are a form's: labels ending in a colon, which head no columns. */
    static boolean isForm(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.text(0).endsWith(":") || r.text(1).equals(":"));
    }

    /** Cells after the first that are mostly figures make rows a table, however closely they are set. */
    private static boolean mostlyFigures(List<Row> rows) {
        if (rows.size() < 2) return false;
        int figures = 0, cells = 0;
        for (Row row : rows) {
            for (int c = 1; c < row.cells().size(); c++) {
                cells++;
                if (FIGURE.matcher(row.text(c)).matches()) figures++;
            }
        }
        return figures * 4 >= cells * 3;
    }

    /** The row's lines as one block's texts: cells in order, separated by " | ", led by their header if any. */
    static LaidOutBlockParts parts(Row row, Row header) {
        List<TextLine> lines = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String label = header == null ? null : header.text(column(header, row.left(c)));
            List<TextLine> cell = row.cells().get(c);
            for (int l = 0; l < cell.size(); l++) {
                String text = cell.get(l).text();
                if (l == 0 && label != null) text = label + ": " + text;
                if (l == 0 && c > 0) text = "| " + text;
                lines.add(cell.get(l));
                texts.add(text);
            }
        }
        return new LaidOutBlockParts(lines, texts);
    }

    record LaidOutBlockParts(List<TextLine> lines, List<String> texts) {
    }

    /**
     * The rows of a drawn table as blocks, one per row: cells separated by " | ", each led by the header cell
     * above its columns when the first row is a header.
     */
    static List<LaidOutBlock> ruledRowBlocks(RuledTables.Table table) {
        List<Row> rows = new ArrayList<>();
        for (RuledTables.Row r : table.rows()) rows.add(new Row(r.cells().stream().map(RuledTables.Cell::lines).toList(), -1, -1));
        // one cell across the table is a section title ("Doelen GALA") over its rows, not their column header
        RuledTables.Row header = table.rows().size() > 1 && table.rows().get(0).cells().size() > 1
                && isHeader(rows.get(0), rows.subList(1, rows.size())) ? table.rows().get(0) : null;
        List<LaidOutBlock> blocks = new ArrayList<>();
        for (RuledTables.Row row : table.rows()) {
            List<TextLine> lines = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                RuledTables.Cell cell = row.cells().get(c);
                String label = row == header || header == null ? null : headerOver(header, cell);
                for (int l = 0; l < cell.lines().size(); l++) {
                    String text = cell.lines().get(l).text();
                    if (l == 0 && label != null) text = label + ": " + text;
                    if (l == 0 && c > 0) text = "| " + text;
                    lines.add(cell.lines().get(l));
                    texts.add(text);
                }
            }
            blocks.add(new LaidOutBlock(BlockKind.TABLE_CELL, lines, texts));
        }
        return blocks;
    }

    /** The header cell over the same columns as the cell, when there is exactly one. */
    private static String headerOver(RuledTables.Row header, RuledTables.Cell cell) {
        String label = null;
        for (RuledTables.Cell h : header.cells()) {
            if (h.lastColumn() < cell.firstColumn() || h.firstColumn() > cell.lastColumn()) continue;
            if (label != null) return null;
            label = h.text();
        }
        return label == null || label.isBlank() ? null : TRAILING_COLON.matcher(label).replaceFirst("");
    }

    /** Whether {@code first} heads the rows after it: bold, or without digits where they have some. */
    static boolean isHeader(Row first, List<Row> below) {
        if (below.isEmpty()) return false;
        // a row of amounts is data, however it is set (a bold total row above a bold grand total)
        for (int c = 1; c < first.cells().size(); c++) {
            String cell = first.text(c);
            if (FIGURE.matcher(cell).matches() && !cell.matches("(19|20)\\d\\d")) return false;
        }
        boolean bold = first.cells().stream().allMatch(c -> c.get(0).bold())
                && !below.stream().allMatch(r -> r.cells().stream().allMatch(c -> c.get(0).bold()));
        boolean digits = false, digitsBelow = false;
        for (int c = 0; c < first.cells().size(); c++) digits |= DIGIT.matcher(first.text(c)).find();
        for (Row r : below) for (int c = 0; c < r.cells().size(); c++) digitsBelow |= DIGIT.matcher(r.text(c)).find();
        return bold || (!digits && digitsBelow);
    }

    /**
     * Whether two rows have the same columns: as many cells, starting at the same places, or (centred and
     * right-aligned figures start where their width puts them) cells of figures that overlap.
     */
    static boolean sameColumns(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) return false;
        for (int c = 0; c < a.cells().size(); c++) {
            TextLine x = a.cells().get(c).get(0), y = b.cells().get(c).get(0);
            boolean aligned = Math.abs(x.left() - y.left()) <= x.fontSize();
            boolean overlapping = FIGURE.matcher(x.text()).matches() && FIGURE.matcher(y.text()).matches()
                    && x.left() < y.right() && y.left() < x.right();
            if (!aligned && !overlapping) return false;
        }
        return true;
    }

    private static int column(Row header, float left) {
        int best = 0;
        for (int c = 1; c < header.cells().size(); c++) {
            if (Math.abs(header.left(c) - left) < Math.abs(header.left(best) - left)) best = c;
        }
        return best;
    }

    /** A baseline with a line in every column is the next row; wrapped text rarely fills every cell. */
    private static boolean startsRow(List<TextLine> lines, int k, int columns) {
        int n = 1;
        while (k + n < lines.size() && sameBaseline(lines.get(k + n), lines.get(k))) n++;
        return n >= Math.max(MIN_FORM_CELLS, columns);
    }

    /** The cell whose column holds the whole line, or -1 (a line running under the next cell is not wrapped text). */
    private static int cellUnder(List<List<TextLine>> cells, TextLine line) {
        for (int c = cells.size() - 1; c >= 0; c--) {
            if (line.left() >= cells.get(c).get(0).left() - 0.5f * line.fontSize()) {
                float nextLeft = c + 1 < cells.size() ? cells.get(c + 1).get(0).left() : Float.MAX_VALUE;
                return line.right() < nextLeft ? c : -1;
            }
        }
        return -1;
    }

    static boolean sameBaseline(TextLine a, TextLine b) {
        return Math.abs(a.baseline() - b.baseline()) < 0.3f * Math.max(a.fontSize(), 1f);
    }
}
