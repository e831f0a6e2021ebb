package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's lines in reading order. A column layout is found from the x-positions of the lines: a gutter
 * is a vertical band that no column line crosses, with column text on both sides. Lines that do cross it (a
 * title over both columns, a wide figure caption) cut the page into sections; each section is read column by
 * column, left column first, so lines of two columns are never interleaved. Columns are searched again inside
 * each column (three-column pages, text boxes on slides). Without a gutter, lines are read top to bottom,
 * left to right.
 */
public final class ColumnReadingOrder {
    /** Lines wider than this share of the region cannot be column lines: they are titles or spanning text. */
    private static final float SPANNING_SHARE = 0.6f;
    private static final float MIN_GUTTER_POINTS = 3f;
    private static final int MIN_LINES_PER_COLUMN = 2;
    /** Share of the lines that may cross a band that is still a gutter. */
    private static final float CROSSING_SHARE = 0.1f;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[.!?:;]\\s*$");

    private static final Comparator<TextLine> TOP_DOWN =
            Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left);

    public List<TextLine> order(List<TextLine> lines) {
        return order(lines, java.util.Set.of());
    }

    /** @param fixed lines that stand for a drawn table's rows, each read as one line across its cells */
    public List<TextLine> order(List<TextLine> lines, java.util.Set<TextLine> fixed) {
        List<TextLine> ordered = new ArrayList<>(lines.size());
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(TOP_DOWN);
        order(tableRowsJoined(sorted, fixed), ordered);
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : ordered) {
            List<TextLine> cells = rowCells.remove(line);
            if (cells == null) out.add(line);
            else out.addAll(cells);
        }
        return out;
    }

    private final java.util.Map<TextLine, List<TextLine>> rowCells = new java.util.IdentityHashMap<>();

    /**
     * The rows of a table ({@link TableRows#tables}) are, for finding columns, each one line across its cells,
     * so the gaps between table columns are not taken for column gutters and the table is read row by row.
     */
    private List<TextLine> tableRowsJoined(List<TextLine> sorted, java.util.Set<TextLine> fixed) {
        LinePitch pitch = LinePitch.of(sorted);
        java.util.Set<Integer> rowStarts = new java.util.HashSet<>();
        for (List<TableRows.Row> table : TableRows.tables(sorted, pitch, fixed)) table.forEach(r -> rowStarts.add(r.first()));
        List<TextLine> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && TableRows.sameBaseline(sorted.get(j + 1), sorted.get(i))) j++;
            if (rowStarts.contains(i)) {
                List<TextLine> cells = new ArrayList<>(sorted.subList(i, j + 1));
                List<Word> words = new ArrayList<>();
                cells.forEach(c -> words.addAll(c.words()));
                TextLine row = TextLine.of(words);
                rowCells.put(row, cells);
                out.add(row);
            } else {
                out.addAll(sorted.subList(i, j + 1));
            }
            i = j + 1;
        }
        return out;
    }

    private void order(List<TextLine> lines, List<TextLine> out) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(TOP_DOWN);
        Gutter gutter = lines.size() < 2 * MIN_LINES_PER_COLUMN ? null : findGutter(sorted);
        if (gutter == null) {
            if (!orderedBetweenSpanningLines(sorted, out)) out.addAll(sorted);
            return;
        }
        List<TextLine> left = new ArrayList<>(), right = new ArrayList<>();
        for (TextLine line : sorted) {
            if (gutter.crossedBy(line)) {
                flush(left, right, out);
                out.add(line);
            } else if (line.left() < gutter.start()) {
                left.add(line);
            } else {
                right.add(line);
            }
        }
        flush(left, right, out);
    }

    /**
     * Without a gutter down the whole region, a gutter may still run between two lines that span it: a text box
     * set beside a few lines of the text, which wraps around it and spans the page above and below. Each stretch
     * between spanning lines is read on its own; false when there is no such stretch.
     */
    private boolean orderedBetweenSpanningLines(List<TextLine> sorted, List<TextLine> out) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
        for (TextLine line : sorted) {
            minX = Math.min(minX, line.left());
            maxX = Math.max(maxX, line.right());
        }
        float width = maxX - minX;
        List<List<TextLine>> stretches = new ArrayList<>();
        List<TextLine> stretch = new ArrayList<>();
        boolean spanning = false;
        for (TextLine line : sorted) {
            if (line.width() > SPANNING_SHARE * width) {
                spanning = true;
                if (!stretch.isEmpty()) stretches.add(stretch);
                stretches.add(List.of(line));
                stretch = new ArrayList<>();
            } else {
                stretch.add(line);
            }
        }
        if (!stretch.isEmpty()) stretches.add(stretch);
        if (!spanning || stretches.size() < 2) return false;
        List<TextLine> deferred = new ArrayList<>();
        for (int s = 0; s < stretches.size(); s++) {
            List<TextLine> part = stretches.get(s);
            if (part.size() == 1 && line(part).width() > SPANNING_SHARE * width) {
                out.add(part.get(0));
                if (!deferred.isEmpty() && SENTENCE_END.matcher(part.get(0).text()).matches()) {
                    out.addAll(deferred);
                    deferred.clear();
                }
                continue;
            }
            Gutter gutter = part.size() < 2 * MIN_LINES_PER_COLUMN ? null : findGutter(part);
            TextLine next = s + 1 < stretches.size() ? stretches.get(s + 1).get(0) : null;
            if (gutter != null && next != null) {
                List<TextLine> left = new ArrayList<>(), right = new ArrayList<>();
                for (TextLine line : part) (line.left() < gutter.start() ? left : right).add(line);
                // the text beside a box goes on below it: the box is read when that sentence ends
                if (!left.isEmpty() && !right.isEmpty() && runsOn(left.get(left.size() - 1), next)) {
                    order(left, out);
                    order(right, deferred);
                    continue;
                }
            }
            order(part, out);
        }
        out.addAll(deferred);
        return true;
    }

    private static TextLine line(List<TextLine> part) {
        return part.get(0);
    }

    private static boolean runsOn(TextLine previous, TextLine next) {
        return !SENTENCE_END.matcher(previous.text()).matches() && !next.text().isEmpty() && Character.isLowerCase(next.text().codePointAt(0));
    }

    private void flush(List<TextLine> left, List<TextLine> right, List<TextLine> out) {
        List<List<TextLine>> titles = TitleColumn.titles(left, right);
        if (titles.isEmpty()) {
            order(left, out);
            order(right, out);
        } else {
            List<TextLine> text = new ArrayList<>();
            order(right, text);
            TitleColumn.interleave(titles, text, out);
        }
        left.clear();
        right.clear();
    }

    /** The widest gutter that leaves column text on both sides and is crossed by fewer lines than it separates. */
    private static Gutter findGutter(List<TextLine> lines) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE;
        for (TextLine line : lines) {
            minX = Math.min(minX, line.left());
            maxX = Math.max(maxX, line.right());
        }
        float width = maxX - minX;
        if (width <= 0) return null;
        int bins = (int) Math.ceil(width) + 1;
        int[] count = new int[bins];
        for (TextLine line : lines) {
            if (line.width() > SPANNING_SHARE * width) continue;
            int from = (int) Math.floor(line.left() - minX), to = (int) Math.ceil(line.right() - minX);
            for (int x = Math.max(0, from); x < Math.min(bins, to); x++) count[x]++;
        }
        // a slide title or a heading may cross the gutter and still be narrower than the spanning share
        int allowed = (int) (CROSSING_SHARE * lines.size());
        boolean[] covered = new boolean[bins];
        for (int x = 0; x < bins; x++) covered[x] = count[x] > allowed;
        Gutter best = null;
        for (int[] band : EmptyBands.inner(covered)) {
            if (band[1] - band[0] < MIN_GUTTER_POINTS) continue;
            Gutter candidate = new Gutter(minX + band[0], minX + band[1]);
            if ((best == null || candidate.width() > best.width()) && candidate.separatesColumns(lines)) best = candidate;
        }
        return best;
    }

    private record Gutter(float start, float end) {
        float width() {
            return end - start;
        }

        boolean crossedBy(TextLine line) {
            return line.left() < start && line.right() > end;
        }

        boolean separatesColumns(List<TextLine> lines) {
            int left = 0, right = 0, crossing = 0;
            for (TextLine line : lines) {
                if (crossedBy(line)) crossing++;
                else if (line.left() < start) left++;
                else right++;
            }
            return left >= MIN_LINES_PER_COLUMN && right >= MIN_LINES_PER_COLUMN && crossing * 2 < left + right;
        }
    }
}
