package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tables drawn with a grid: a stack of horizontal rules of one width cuts the words between them into rows, and
 * vertical rules (or, without them, bands that no word of any row crosses) cut each row into cells. Reading a
 * table by its drawing holds where gap guessing fails: cells set apart by a line but not by much white, figures
 * centred or right-aligned, two tables side by side, a cell that wraps over more lines than its neighbours.
 * A rule that runs under only some cells (a header "2024" over "realisatie") does not end the row: only a rule
 * across the whole table does. A table needs two rows that each have words in two or more cells; a call-out box
 * (one row) or stacked boxes of prose (one column) stay text.
 */
public final class RuledTables {
    private static final float LEVEL_TOLERANCE = 1.5f, JOIN_GAP = 3f, MIN_TABLE_WIDTH = 40f;
    /** Share of the table's width a rule must cover to end a row. */
    private static final float FULL_ROW_SHARE = 0.9f;
    /** A row taller than this is no row: the rules are a page frame or the edges of a picture. */
    private static final float MAX_ROW_HEIGHT = 300f;
    private static final float MIN_COLUMN_GAP_EMS = 0.8f;
    private static final int MAX_EDGE_LINES = 3;

    /** A cell: the columns it spans and its lines top down. */
    public record Cell(int firstColumn, int lastColumn, List<TextLine> lines) {
        public String text() {
            return lines.stream().map(TextLine::text).collect(Collectors.joining(" "));
        }
    }

    /** A row: its cells that hold words, left to right. */
    public record Row(List<Cell> cells, float top, float bottom) {
    }

    public record Table(List<Row> rows, float left, float right) {
    }

    /** The tables on a page, and the words that are in none of them. */
    public record Found(List<Table> tables, List<Word> rest) {
    }

    private RuledTables() {
    }

    public static Found find(List<Word> words, List<Rule> rules) {
        if (words.isEmpty() || rules.size() < 3) return new Found(List.of(), words);
        float em = medianSize(words);
        List<Rule> horizontal = new ArrayList<>(), vertical = new ArrayList<>();
        for (Rule r : rules) {
            if (r.horizontal() && r.length() >= Math.max(15f, 1.5f * em)) horizontal.add(r);
            else if (!r.horizontal()) vertical.add(r);
        }
        Map<Word, Boolean> taken = new IdentityHashMap<>();
        List<Table> tables = new ArrayList<>();
        List<Span> stacks = stacks(levels(horizontal), em);
        // the widest first: a rule under only some cells also stacks, and must not take the table's words
        stacks.sort(Comparator.comparingDouble((Span sp) -> sp.left - sp.right));
        for (Span table : stacks) {
            for (List<Float> piece : pieces(table, words, vertical)) {
                Table found = table(table.left, table.right, piece, words, vertical, taken, em);
                if (found == null) continue;
                tables.add(found);
                for (Row row : found.rows()) for (Cell cell : row.cells()) for (TextLine line : cell.lines()) line.words().forEach(w -> taken.put(w, true));
            }
        }
        if (tables.isEmpty()) return new Found(List.of(), words);
        List<Word> rest = new ArrayList<>(words.size());
        for (Word w : words) if (!taken.containsKey(w)) rest.add(w);
        return new Found(tables, rest);
    }

    /** One y of horizontal rules: the x-ranges they cover, touching ranges joined. */
    private record Level(float y, List<float[]> ranges) {
        float covered(float left, float right) {
            float sum = 0;
            for (float[] r : ranges) sum += Math.max(0, Math.min(r[1], right) - Math.max(r[0], left));
            return sum;
        }
    }

    private static List<Level> levels(List<Rule> horizontal) {
        List<Level> levels = new ArrayList<>();
        for (List<Rule> same : AlignedRuns.of(horizontal, Rule::y1, LEVEL_TOLERANCE)) {
            float y = same.getFirst().y1();
            same.sort(Comparator.comparingDouble(Rule::x1));
            List<float[]> ranges = new ArrayList<>();
            for (Rule r : same) {
                float[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (last != null && r.x1() <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], r.x2());
                else ranges.add(new float[] {r.x1(), r.x2()});
            }
            levels.add(new Level(y, ranges));
        }
        return levels;
    }

    /** Rules of one width stacked down the page: the row boundaries of one table (or of several, one under another). */
    private static final class Span {
        final float left, right;
        final List<Float> ys = new ArrayList<>();

        Span(float left, float right) {
            this.left = left;
            this.right = right;
        }
    }

    private static List<Span> stacks(List<Level> levels, float em) {
        List<Span> spans = new ArrayList<>();
        float tolerance = Math.max(3f, 0.5f * em);
        for (Level level : levels) {
            for (float[] range : level.ranges()) {
                if (range[1] - range[0] < MIN_TABLE_WIDTH) continue;
                Span span = null;
                for (Span s : spans) {
                    if (Math.abs(s.left - range[0]) <= tolerance && Math.abs(s.right - range[1]) <= tolerance) span = s;
                }
                if (span == null) spans.add(span = new Span(range[0], range[1]));
                if (span.ys.isEmpty() || level.y() - span.ys.get(span.ys.size() - 1) > LEVEL_TOLERANCE) span.ys.add(level.y());
            }
        }
        // a range made of the cells' own rules joined end to end counts as across the table too
        for (Span s : spans) {
            for (Level level : levels) {
                if (s.ys.stream().anyMatch(y -> Math.abs(y - level.y()) <= LEVEL_TOLERANCE)) continue;
                if (level.covered(s.left, s.right) >= FULL_ROW_SHARE * (s.right - s.left)) s.ys.add(level.y());
            }
            s.ys.sort(Float::compare);
        }
        return spans;
    }

    /**
     * The stack cut where a band between two rules holds no words and no vertical rule (the white between two
     * tables of one width) or is too tall to be a row.
     */
    private static List<List<Float>> pieces(Span span, List<Word> words, List<Rule> vertical) {
        List<List<Float>> pieces = new ArrayList<>();
        List<Float> piece = new ArrayList<>();
        for (int i = 0; i < span.ys.size(); i++) {
            float y = span.ys.get(i);
            if (!piece.isEmpty()) {
                float above = piece.get(piece.size() - 1);
                boolean empty = wordsIn(words, span.left, span.right, above, y).isEmpty()
                        && vertical.stream().noneMatch(v -> v.x1() > span.left - 1 && v.x1() < span.right + 1 && v.y1() < (above + y) / 2 && v.y2() > (above + y) / 2);
                if (empty || y - above > MAX_ROW_HEIGHT) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                }
            }
            piece.add(y);
        }
        pieces.add(piece);
        return pieces;
    }

    private static Table table(float left, float right, List<Float> ys, List<Word> words, List<Rule> vertical,
                               Map<Word, Boolean> taken, float em) {
        if (ys.size() < 2) return null;
        List<float[]> bands = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) bands.add(new float[] {ys.get(i), ys.get(i + 1)});
        List<Float> columns = columnEdges(left, right, bands, words, vertical, em);
        List<Row> rows = new ArrayList<>();
        int filled = 0;
        for (float[] band : bands) {
            Row row = row(free(words, taken, left, right, band), columns, rowEdges(columns, vertical, band, left, right), band);
            if (row == null) continue;
            rows.add(row);
            if (row.cells().size() >= 2) filled++;
        }
        if (filled < 2) return null;
        Row above = edgeRow(words, taken, left, right, ys.get(0), -1, em, columns, vertical);
        if (above != null) rows.add(0, above);
        Row below = edgeRow(words, taken, left, right, ys.get(ys.size() - 1), 1, em, columns, vertical);
        if (below != null) rows.add(below);
        return new Table(rows, left, right);
    }

    private static List<Word> free(List<Word> words, Map<Word, Boolean> taken, float left, float right, float[] band) {
        List<Word> in = new ArrayList<>();
        for (Word w : wordsIn(words, left, right, band[0], band[1])) if (!taken.containsKey(w)) in.add(w);
        return in;
    }

    /**
     * Lines right above the first rule (or below the last) within the table's width: a header or a last row drawn
     * without its outer rule. Taken when their words fall into two or more of the table's columns and no word
     * crosses a column edge (a title over the table does both).
     */
    private static Row edgeRow(List<Word> words, Map<Word, Boolean> taken, float left, float right, float rule, int side,
                               float em, List<Float> columns, List<Rule> vertical) {
        List<Word> near = free(words, taken, left - em, right + em, side < 0 ? new float[] {rule - 6 * em, rule} : new float[] {rule, rule + 6 * em});
        List<TextLine> lines = new LineBuilder().lines(near);
        lines.sort(Comparator.comparingDouble(l -> side * l.baseline()));
        float edge = rule;
        List<Word> row = new ArrayList<>();
        int lineCount = 0;
        for (TextLine line : lines) {
            float gap = side < 0 ? edge - line.baseline() : line.top() - edge;
            if (gap > 1.2f * line.fontSize() || lineCount == MAX_EDGE_LINES) break;
            if (line.left() < left - 1 || line.right() > right + 1) break;
            edge = side < 0 ? line.top() : line.baseline();
            row.addAll(line.words());
            lineCount++;
        }
        if (row.isEmpty()) return null;
        for (Word w : row) for (float x : columns) if (w.left() < x && w.right() > x) return null;
        float[] band = side < 0 ? new float[] {edge - 1, rule} : new float[] {rule, edge + 1};
        Row found = row(row, columns, allTrue(columns.size()), band);
        return found != null && found.cells().size() >= 2 ? found : null;
    }

    private static boolean[] allTrue(int n) {
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /**
     * Column edges across the table: vertical rules inside it, or, without any, the middles of bands that no word
     * of any row covers.
     */
    private static List<Float> columnEdges(float left, float right, List<float[]> bands, List<Word> words, List<Rule> vertical, float em) {
        float top = bands.get(0)[0], bottom = bands.get(bands.size() - 1)[1];
        List<Float> xs = new ArrayList<>();
        for (Rule v : vertical) {
            if (v.x1() > left + JOIN_GAP && v.x1() < right - JOIN_GAP && v.y2() > top && v.y1() < bottom) xs.add(v.x1());
        }
        xs.sort(Float::compare);
        List<Float> edges = new ArrayList<>();
        for (float x : xs) if (edges.isEmpty() || x - edges.get(edges.size() - 1) > LEVEL_TOLERANCE * 2) edges.add(x);
        if (!edges.isEmpty()) return edges;

        int bins = (int) Math.ceil(right - left) + 1;
        boolean[] covered = new boolean[bins];
        for (float[] band : bands) {
            for (Word w : wordsIn(words, left, right, band[0], band[1])) {
                for (int x = Math.max(0, (int) (w.left() - left)); x < Math.min(bins, (int) Math.ceil(w.right() - left)); x++) covered[x] = true;
            }
        }
        for (int[] band : EmptyBands.inner(covered)) {
            if (band[1] - band[0] >= MIN_COLUMN_GAP_EMS * em) edges.add(left + (band[0] + band[1]) / 2f);
        }
        return edges;
    }

    /**
     * The column edges that hold in this row: with vertical rules, those that a rule crosses at the row's middle
     * (a cell spanning two columns has none between them); without, all of them.
     */
    private static boolean[] rowEdges(List<Float> columns, List<Rule> vertical, float[] band, float left, float right) {
        boolean[] holds = new boolean[columns.size()];
        boolean ruled = vertical.stream().anyMatch(v -> v.x1() > left + JOIN_GAP && v.x1() < right - JOIN_GAP);
        float middle = (band[0] + band[1]) / 2;
        for (int c = 0; c < columns.size(); c++) {
            float x = columns.get(c);
            holds[c] = !ruled || vertical.stream().anyMatch(v -> Math.abs(v.x1() - x) <= 2 * LEVEL_TOLERANCE && v.y1() <= middle + 1 && v.y2() >= middle - 1);
        }
        return holds;
    }

    private static Row row(List<Word> words, List<Float> columns, boolean[] holds, float[] band) {
        List<List<Word>> cellWords = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int first = 0;
        for (int c = 0; c <= columns.size(); c++) {
            if (c < columns.size() && !holds[c]) continue;
            float from = first == 0 ? -Float.MAX_VALUE : columns.get(first - 1), to = c == columns.size() ? Float.MAX_VALUE : columns.get(c);
            List<Word> in = new ArrayList<>();
            for (Word w : words) {
                float middle = (w.left() + w.right()) / 2;
                if (middle >= from && middle < to) in.add(w);
            }
            cellWords.add(in);
            spans.add(new int[] {first, c});
            first = c + 1;
        }
        if (words.isEmpty()) return null;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < cellWords.size(); i++) {
            if (cellWords.get(i).isEmpty()) continue;
            cells.add(new Cell(spans.get(i)[0], spans.get(i)[1], lines(cellWords.get(i))));
        }
        return new Row(cells, band[0], band[1]);
    }

    /** A cell's words as lines top down: words whose baselines lie within half a font size share a line. */
    private static List<TextLine> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : sorted) {
            if (!current.isEmpty() && w.baseline() - current.get(0).baseline() > 0.5f * Math.max(w.fontSize(), 1f)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) lines.add(line(current));
        return lines;
    }

    private static TextLine line(List<Word> words) {
        words.sort(Comparator.comparingDouble(Word::left));
        return TextLine.of(words);
    }

    /** Words whose middle lies inside the box. */
    private static List<Word> wordsIn(List<Word> words, float left, float right, float top, float bottom) {
        List<Word> in = new ArrayList<>();
        for (Word w : words) {
            float x = (w.left() + w.right()) / 2, y = (w.top() + w.baseline()) / 2;
            if (x > left && x < right && y > top && y < bottom) in.add(w);
        }
        return in;
    }

    private static float medianSize(List<Word> words) {
        float[] sizes = new float[words.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = words.get(i).fontSize();
        java.util.Arrays.sort(sizes);
        return Math.max(1f, sizes[sizes.length / 2]);
    }
}
