package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

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
    private static List<Row> find(List<TextLine> lines, LinePitch pitch) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && sameBaseline(lines.get(j + 1), lines.get(i))) j++;
            if (j - i + 1 < MIN_CELLS) {
                i = j + 1;
                continue;
            }
            List<List<TextLine>> cells = new ArrayList<>();
            for (int k = i; k <= j; k++) cells.add(new ArrayList<>(List.of(lines.get(k))));
            int k = j + 1;
            float lastBaseline = lines.get(i).baseline();
            while (k < lines.size()) {
                TextLine line = lines.get(k);
                if (startsRow(lines, k, cells.size())) break;
                if (line.baseline() - lastBaseline > pitch.paragraphGap(line.fontSize()) || line.baseline() < lastBaseline - 0.3f * line.fontSize()) break;
                int cell = cellUnder(cells, line);
                if (cell < 0) break;
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
    static List<List<Row>> tables(List<TextLine> lines, LinePitch pitch) {
        List<Row> rows = find(lines, pitch);
        List<List<Row>> tables = new ArrayList<>();
        int t = 0;
        while (t < rows.size()) {
            int end = t + 1;
            while (end < rows.size() && rows.get(end).first() == rows.get(end - 1).last() + 1
                    && sameColumns(rows.get(t), rows.get(end))) end++;
            boolean table = false;
            for (int r = t; r < end; r++) {
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

    /** Whether {@code first} heads the rows after it: bold, or without digits where they have some. */
    static boolean isHeader(Row first, List<Row> below) {
        if (below.isEmpty()) return false;
        boolean bold = first.cells().stream().allMatch(c -> c.get(0).bold());
        boolean digits = false, digitsBelow = false;
        for (int c = 0; c < first.cells().size(); c++) digits |= DIGIT.matcher(first.text(c)).find();
        for (Row r : below) for (int c = 0; c < r.cells().size(); c++) digitsBelow |= DIGIT.matcher(r.text(c)).find();
        return bold || (!digits && digitsBelow);
    }

    /** Whether two rows have the same columns: as many cells, starting at the same places. */
    static boolean sameColumns(Row a, Row b) {
        if (a.cells().size() != b.cells().size()) return false;
        for (int c = 0; c < a.cells().size(); c++) {
            if (Math.abs(a.left(c) - b.left(c)) > a.cells().get(c).get(0).fontSize()) return false;
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
        return n >= Math.max(MIN_CELLS, columns);
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
