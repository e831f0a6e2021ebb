package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regioplan.extractors.clean.ListItemMarker;

/**
 * Groups a page's words into lines: words whose baselines lie within half a font size of each other share a
 * baseline, and a horizontal gap wider than {@value #GUTTER_EMS} font sizes splits them when it is a column
 * gutter or a table column, never a word space. Justified text in narrow columns stretches word spaces that
 * wide too, so a gap as wide as its neighbouring gaps is a stretched space, and a wide gap splits only where the
 * rows above or below leave the same vertical band empty up to where the next word starts (a gutter runs down
 * the page to a flush column edge; a stretched space sits under words of the neighbouring lines). A row without
 * neighbours that reach across the gap splits only at {@value #ISOLATED_GUTTER_EMS} font sizes. A gap between two
 * font sizes is never a word space. A bullet, item number or section number stays with the text after it,
 * however far the hanging indent puts that text.
 */
public final class LineBuilder {
    static final float GUTTER_EMS = 0.8f, ISOLATED_GUTTER_EMS = 1.2f;
    /** A section number hung before its heading ("C3a", "5.4", "2.1.3"); a bare number may be a table cell. */
    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("[A-Z]\\d{1,2}[a-z]?|\\d{1,2}(\\.\\d{1,2})+\\.?");
    private static final float MAX_INDENT_EMS = 5f;
    /** A page number of a table of contents, which {@link BlockAssembler} also reads to end an entry. */
    static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final java.util.regex.Pattern CHAPTER_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final int MIN_CONTENTS_ENTRIES = 3, MAX_ENTRY_LABEL_WORDS = 3;
    /** A table figure: a number, amount or percentage, or the "*" that stands for a withheld one. */
    /** Years side by side are a chart's axis as often as a table's header: the band test decides those. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-–+]?(€\\s?)?\\d[\\d.,]*%?|\\*{1,3}");
    /** Neighbour rows consulted on each side, and how far away they may lie. */
    private static final int NEIGHBOURS = 4;
    private static final float NEIGHBOUR_REACH_EMS = 8f;
    /** The empty band must be this wide (points, and half a font size or half the gap); a quarter of the neighbours may cross it (a spanning title). */
    private static final float MIN_BAND = 3f, BAND_EMS = 0.5f;
    private static final int FLUSH_POINTS = 3;
    private static final float SIZE_STEP = 0.05f;
    /** Gaps within this share of each other are one justified line's stretched spaces. */
    private static final float EVEN_SHARE = 0.1f, WIDER_SHARE = 1.5f;

    public List<TextLine> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float currentBaseline = Float.NaN;
        for (Word w : sorted) {
            if (!current.isEmpty() && w.baseline() - currentBaseline > 0.5f * Math.max(w.fontSize(), 1f)) {
                rows.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) currentBaseline = w.baseline();
            current.add(w);
        }
        if (!current.isEmpty()) rows.add(current);
        for (List<Word> row : rows) row.sort(Comparator.comparingDouble(Word::left));

        java.util.Set<Word> pageNumbers = contentsPageNumbers(rows);
        List<TextLine> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) splitAtGaps(rows, r, lines, pageNumbers);
        return lines;
    }

    /**
     * The page numbers of a table of contents: a number set a wide gap after its entry, flush right with the
     * numbers of at least {@value #MIN_CONTENTS_ENTRIES} - 1 other rows, rising down the page, and not where other
     * lines of text start (then they are a column's own numbers, a diagram's or a list's). The gap before one is
     * the entry's leader and stays in the line ("1. Inleiding 3"), and the line ends after it (a second column of
     * entries may follow on the same baseline).
     */
    private static java.util.Set<Word> contentsPageNumbers(List<List<Word>> rows) {
        List<Word> candidates = new ArrayList<>();
        for (List<Word> row : rows) {
            for (int i = 1; i < row.size(); i++) {
                Word w = row.get(i);
                if (!PAGE_NUMBER.matcher(w.text()).matches()) continue;
                float em = Math.max(w.fontSize(), 1f);
                boolean leader = w.left() - row.get(i - 1).right() > GUTTER_EMS * em;
                boolean ends = i + 1 == row.size() || row.get(i + 1).left() - w.right() > GUTTER_EMS * em;
                // after a figure in a cell of its own it is a table's figure; after "Bijlage 1" it is a page number
                boolean afterFigureCell = PAGE_NUMBER.matcher(row.get(i - 1).text()).matches()
                        && (i == 1 || row.get(i - 1).left() - row.get(i - 2).right() > GUTTER_EMS * em);
                if (leader && ends && !afterFigureCell) candidates.add(w);
            }
        }
        // where lines start after a wide gap: numbers that start where a column's lines start are that column's
        List<Float> starts = new ArrayList<>();
        for (List<Word> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                Word w = row.get(i);
                if (i == 0 || w.left() - row.get(i - 1).right() > GUTTER_EMS * Math.max(w.fontSize(), 1f)) {
                    if (!PAGE_NUMBER.matcher(w.text()).matches()) starts.add(w.left());
                }
            }
        }
        java.util.Set<Word> numbers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Word> edge : AlignedRuns.of(candidates, Word::right, FLUSH_POINTS)) {
            edge.sort(Comparator.comparingDouble(Word::baseline));
            // the contents' own page number in the footer may stand at the same edge, below the last entry
            int rising = 1;
            while (rising < edge.size() && Integer.parseInt(edge.get(rising).text()) >= Integer.parseInt(edge.get(rising - 1).text())) rising++;
            List<Word> entries = edge.subList(0, rising);
            long columnStarts = starts.stream().filter(x -> entries.stream().anyMatch(n -> Math.abs(n.left() - x) <= 1f)).count();
            if (entries.size() >= MIN_CONTENTS_ENTRIES && edge.size() - rising <= 1 && columnStarts < 2) numbers.addAll(entries);
        }
        return numbers;
    }

    private static void splitAtGaps(List<List<Word>> rows, int r, List<TextLine> out, java.util.Set<Word> pageNumbers) {
        List<Word> row = rows.get(r);
        List<Word> line = new ArrayList<>();
        float right = 0;
        for (int i = 0; i < row.size(); i++) {
            Word w = row.get(i);
            float em = Math.max(w.fontSize(), 1f);
            boolean afterMarker = line.size() == 1 && !betweenFigures(line.get(0), w) && (ListItemMarker.isMarker(line.get(0).text()) || SECTION_NUMBER.matcher(line.get(0).text()).matches()
                    || footnoteNumber(line.get(0), w)) && w.left() - right < MAX_INDENT_EMS * em
                    || line.size() == 1 && largeNumber(line.get(0), w);
            boolean wide = w.left() - right > GUTTER_EMS * em;
            // a word space never sits between two font sizes: a wide gap there is a text box beside the text
            boolean otherSize = !line.isEmpty() && Math.abs(w.fontSize() - line.get(line.size() - 1).fontSize()) > SIZE_STEP * em;
            // figures a wide space apart are table cells: running text does not set two figures side by side, and a
            // table's centred figures leave no flush band for the test below
            boolean betweenFigures = !line.isEmpty() && betweenFigures(line.get(line.size() - 1), w);
            boolean afterPageNumber = !line.isEmpty() && pageNumbers.contains(line.get(line.size() - 1));
            // "Bijlage 1", "Hoofdstuk 3" a tab before a contents entry is the entry's label
            boolean entryLabel = !afterPageNumber && line.size() <= MAX_ENTRY_LABEL_WORDS && entryEndsInPageNumber(row, i, pageNumbers);
            if (!line.isEmpty() && !afterMarker && wide && !pageNumbers.contains(w) && !entryLabel
                    && (afterPageNumber || otherSize || betweenFigures || (!evenlyStretched(row, i) && separates(rows, r, right, w.left())))) {
                out.add(TextLine.of(line));
                line = new ArrayList<>();
            }
            line.add(w);
            right = line.size() == 1 ? w.right() : Math.max(right, w.right());
        }
        if (!line.isEmpty()) out.add(TextLine.of(line));
    }

    /** Whether the words from {@code i} up to the next wide gap end in a contents page number. */
    private static boolean entryEndsInPageNumber(List<Word> row, int i, java.util.Set<Word> pageNumbers) {
        for (int k = i; k < row.size(); k++) {
            if (pageNumbers.contains(row.get(k))) return true;
            if (k + 1 < row.size() && row.get(k + 1).left() - row.get(k).right() > GUTTER_EMS * Math.max(row.get(k).fontSize(), 1f)
                    && !pageNumbers.contains(row.get(k + 1))) return false;
        }
        return false;
    }

    private static boolean betweenFigures(Word before, Word after) {
        return FIGURE.matcher(before.text()).matches() && FIGURE.matcher(after.text()).matches()
                && !(YEAR.matcher(before.text()).matches() && YEAR.matcher(after.text()).matches());
    }

    /** A chapter number set large before its title ("1" in a circle, then "Introductie"), a few of its ems away. */
    private static boolean largeNumber(Word number, Word next) {
        return CHAPTER_NUMBER.matcher(number.text()).matches() && number.fontSize() >= 1.5f * next.fontSize()
                && next.left() - number.right() < 2 * number.fontSize() && next.left() > number.right();
    }

    /** A footnote's number before its text: a small number set raised against it, often a tab away. */
    private static boolean footnoteNumber(Word number, Word next) {
        return number.text().matches("\\d{1,3}") && number.fontSize() < 0.85f * next.fontSize()
                && number.baseline() < next.baseline() - 0.15f * next.fontSize();
    }

    /**
     * Justification widens every space of a line alike: a gap as wide as the gaps on both sides of it (or as its
     * only neighbour) is a space. A gutter next to a stretched line is as wide as that line's spaces on one side
     * only, so it goes on to the band test.
     */
    private static boolean evenlyStretched(List<Word> row, int i) {
        float gap = gap(row, i);
        boolean hasBefore = i >= 2, hasAfter = i + 1 < row.size();
        if (!hasBefore && !hasAfter) return false;
        return (!hasBefore || alike(gap(row, i - 1), gap)) && (!hasAfter || alike(gap(row, i + 1), gap));
    }

    /** A neighbouring gap much wider than this one belongs to something else (the gutter after a line's last word). */
    private static boolean alike(float neighbour, float gap) {
        return Math.abs(neighbour - gap) <= EVEN_SHARE * gap || neighbour > WIDER_SHARE * gap;
    }

    private static float gap(List<Word> row, int i) {
        return row.get(i).left() - row.get(i - 1).right();
    }

    /**
     * Whether the gap [from, to] in row r lines up with an empty band in the rows above or below that reach
     * across it; without such rows, whether it is as wide as a column gutter.
     */
    private static boolean separates(List<List<Word>> rows, int r, float from, float to) {
        float baseline = rows.get(r).get(0).baseline(), em = Math.max(rows.get(r).get(0).fontSize(), 1f);
        int bins = Math.max(1, (int) Math.ceil(to - from));
        float band = Math.max(MIN_BAND, Math.min(0.5f * (to - from), BAND_EMS * em));
        boolean evidence = false;
        for (int side : new int[] {-1, 1}) {
            int[] covered = new int[bins];
            int reaching = 0;
            for (int k = r + side; k >= 0 && k < rows.size() && reaching < NEIGHBOURS; k += side) {
                List<Word> other = rows.get(k);
                if (Math.abs(other.get(0).baseline() - baseline) > NEIGHBOUR_REACH_EMS * em) break;
                if (other.get(0).left() >= from || other.stream().mapToDouble(Word::right).max().orElse(0) <= to) continue;
                reaching++;
                for (Word w : other) {
                    int a = (int) Math.floor(w.left() - from), b = (int) Math.ceil(w.right() - from);
                    for (int x = Math.max(0, a); x < Math.min(bins, b); x++) covered[x]++;
                }
                // the nearest row alone suffices: a text box two lines high has no more rows beside it
                if (reaching == 1 && flushBand(covered, 0, band)) return true;
            }
            if (reaching == 0) continue;
            evidence = true;
            if (flushBand(covered, reaching / 4, band)) return true;
        }
        // nothing around says it is a word space or a column: only a gap as wide as a column gutter splits
        return !evidence && to - from > ISOLATED_GUTTER_EMS * em;
    }

    /**
     * An empty band at least {@code band} wide that reaches the next word or starts at the word before the gap:
     * columns, boxes and table cells start flush left (or end flush right, as columns of figures do), while
     * stretched spaces of neighbouring lines do not line up with the words around the gap.
     */
    private static boolean flushBand(int[] covered, int allowed, float band) {
        int run = 0;
        for (int x = 0; x < covered.length; x++) {
            run = covered[x] <= allowed ? run + 1 : 0;
            boolean flushRight = x >= covered.length - FLUSH_POINTS, flushLeft = x - run + 1 < FLUSH_POINTS;
            if (run >= band && (flushRight || flushLeft)) return true;
        }
        return false;
    }
}
