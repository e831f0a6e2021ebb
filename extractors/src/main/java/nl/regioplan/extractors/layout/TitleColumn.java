package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A left column of titles beside the text they head: two or more short titles, set bold or larger than the text
 * beside them, with far fewer lines than that text. It is no column to read on its own: each title is read before
 * the text that starts beside it.
 */
final class TitleColumn {
    private static final float SIZE_RATIO = 1.15f;
    private static final int MAX_LINES = 4;

    private TitleColumn() {
    }

    /** The titles of {@code left}, each its lines top down; none when {@code left} is no title column. */
    static List<List<TextLine>> titles(List<TextLine> left, List<TextLine> right) {
        if (left.size() < 2 || right.size() < 3 * left.size()) return List.of();
        float textSize = right.stream().map(TextLine::fontSize).sorted().toList().get(right.size() / 2);
        List<List<TextLine>> titles = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : left) {
            if (!line.bold() && line.fontSize() < SIZE_RATIO * textSize) return List.of();
            if (previous == null || line.baseline() - previous.baseline() > 2 * line.fontSize()) titles.add(new ArrayList<>());
            titles.get(titles.size() - 1).add(line);
            previous = line;
        }
        if (titles.size() < 2 || titles.stream().anyMatch(t -> t.size() > MAX_LINES)) return List.of();
        return titles;
    }

    /** Adds {@code text}, in reading order, to {@code out} with each title before the first line beside or below its top. */
    static void interleave(List<List<TextLine>> titles, List<TextLine> text, List<TextLine> out) {
        int t = 0;
        for (TextLine line : text) {
            while (t < titles.size() && titles.get(t).get(0).top() <= line.baseline()) out.addAll(titles.get(t++));
            out.add(line);
        }
        while (t < titles.size()) out.addAll(titles.get(t++));
    }
}
