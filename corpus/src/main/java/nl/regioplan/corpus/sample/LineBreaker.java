package nl.regioplan.corpus.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Fills lines of a given width word by word; a word that does not fit is broken at its last syllable break (or
 * its own hyphen, as in Midden-IJssel) that still fits, the way a word processor with hyphenation on does.
 */
final class LineBreaker {
    private final ToDoubleFunction<String> width;
    private final double maxWidth;
    private final boolean hyphenate;
    private final DutchHyphenator hyphenator = new DutchHyphenator();

    /**
     * @param width     measures a string in the same unit as {@code maxWidth}
     * @param maxWidth  the line width
     * @param hyphenate whether words may be broken between syllables; headings are not, as in print
     */
    LineBreaker(ToDoubleFunction<String> width, double maxWidth, boolean hyphenate) {
        this.width = width;
        this.maxWidth = maxWidth;
        this.hyphenate = hyphenate;
    }

    List<TypesetLine> lines(String text) {
        List<TypesetLine> lines = new ArrayList<>();
        Deque<String> words = new ArrayDeque<>(Arrays.asList(text.split(" ")));
        String line = "";
        while (!words.isEmpty()) {
            String word = words.pop();
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate)) {
                line = candidate;
                continue;
            }
            String lead = line.isEmpty() ? "" : line + " ";
            int at = lastFittingBreak(lead, word);
            if (at > 0) {
                boolean ownHyphen = word.charAt(at - 1) == '-';
                String head = word.substring(0, at);
                lines.add(new TypesetLine(lead + head + (ownHyphen ? "" : "-"), lead + head, true));
                words.push(word.substring(at));
                line = "";
            } else if (line.isEmpty()) {
                // Wider than the line on its own (a long URL): cut after a slash, else where it must be, unmarked.
                int cut = overlongCut(word);
                lines.add(new TypesetLine(word.substring(0, cut), word.substring(0, cut), true));
                words.push(word.substring(cut));
            } else {
                lines.add(new TypesetLine(line, line, false));
                words.push(word);
                line = "";
            }
        }
        if (!line.isEmpty()) lines.add(new TypesetLine(line, line, false));
        return lines;
    }

    private boolean fits(String s) {
        return width.applyAsDouble(s) <= maxWidth;
    }

    private int overlongCut(String word) {
        int fits = 1;
        while (fits < word.length() && fits(word.substring(0, fits + 1))) fits++;
        int slash = word.lastIndexOf('/', fits - 1);
        return slash > 0 ? slash + 1 : fits;
    }

    private int lastFittingBreak(String lead, String word) {
        TreeSet<Integer> breaks = new TreeSet<>();
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) start++;
        while (end > start && !Character.isLetter(word.charAt(end - 1))) end--;
        if (hyphenate) {
            for (int b : hyphenator.breaks(word.substring(start, end))) breaks.add(start + b);
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (word.charAt(i - 1) == '-' && Character.isLetter(word.charAt(i)) && i >= 3) breaks.add(i);
        }
        for (int at : breaks.descendingSet()) {
            boolean ownHyphen = word.charAt(at - 1) == '-';
            if (fits(lead + word.substring(0, at) + (ownHyphen ? "" : "-"))) return at;
        }
        return 0;
    }
}
