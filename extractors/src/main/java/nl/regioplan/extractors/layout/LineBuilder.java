package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regioplan.extractors.clean.ListItemMarker;

/**
 * Groups a page's words into lines: words whose baselines lie within half a font size of each other share a
 * baseline, and a horizontal gap wider than {@value #GUTTER_EMS} font sizes splits them, because a gap that wide
 * is a column gutter or a table column, never a word space. A bullet or item number stays with the text after
 * it, however far the hanging indent puts that text.
 */
public final class LineBuilder {
    static final float GUTTER_EMS = 1.2f;
    private static final float MAX_INDENT_EMS = 5f;

    public List<TextLine> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline));
        List<List<Word>> baselines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float currentBaseline = Float.NaN;
        for (Word w : sorted) {
            if (!current.isEmpty() && w.baseline() - currentBaseline > 0.5f * Math.max(w.fontSize(), 1f)) {
                baselines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) currentBaseline = w.baseline();
            current.add(w);
        }
        if (!current.isEmpty()) baselines.add(current);

        List<TextLine> lines = new ArrayList<>();
        for (List<Word> row : baselines) splitAtGaps(row, lines);
        return lines;
    }

    private static void splitAtGaps(List<Word> row, List<TextLine> out) {
        row.sort(Comparator.comparingDouble(Word::left));
        List<Word> line = new ArrayList<>();
        float right = 0;
        for (Word w : row) {
            boolean afterMarker = line.size() == 1 && ListItemMarker.isMarker(line.get(0).text())
                    && w.left() - right < MAX_INDENT_EMS * Math.max(w.fontSize(), 1f);
            if (!line.isEmpty() && !afterMarker && w.left() - right > GUTTER_EMS * Math.max(w.fontSize(), 1f)) {
                out.add(TextLine.of(line));
                line = new ArrayList<>();
            }
            line.add(w);
            right = line.size() == 1 ? w.right() : Math.max(right, w.right());
        }
        if (!line.isEmpty()) out.add(TextLine.of(line));
    }
}
