package nl.regioplan.extractors.layout;

import java.util.List;

/**
 * Words on one baseline that a reader reads as one line: a line of a column, a heading or a table cell.
 * Words on the same baseline but separated by a wide gap (a column gutter, a table) are separate lines.
 */
public record TextLine(List<Word> words, String text, float left, float right, float top, float baseline,
                       float fontSize, boolean bold, boolean italic) {
    public TextLine {
        words = List.copyOf(words);
    }

    public static TextLine of(List<Word> words) {
        if (words.isEmpty()) throw new IllegalArgumentException("a line has words");
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, baseline = 0, fontSize = 0;
        int boldChars = 0, italicChars = 0, chars = 0;
        for (Word w : words) {
            if (!text.isEmpty()) text.append(' ');
            text.append(w.text());
            left = Math.min(left, w.left());
            right = Math.max(right, w.right());
            top = Math.min(top, w.top());
            baseline = Math.max(baseline, w.baseline());
            fontSize = Math.max(fontSize, w.fontSize());
            chars += w.text().length();
            if (w.bold()) boldChars += w.text().length();
            if (w.italic()) italicChars += w.text().length();
        }
        return new TextLine(words, text.toString(), left, right, top, baseline, fontSize, boldChars * 2 > chars, italicChars * 2 > chars);
    }

    public float width() {
        return right - left;
    }
}
