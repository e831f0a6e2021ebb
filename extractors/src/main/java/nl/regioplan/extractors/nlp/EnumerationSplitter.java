package nl.regioplan.extractors.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence that runs an inline enumeration ("We doen drie dingen: 1) ...; 2) ...; 3) ...") into its
 * items, because each item reads as a list item of its own; an item may also open after a sentence break
 * ("... beweging; 3) alle partijen ..."). The marker itself is dropped from the item.
 */
final class EnumerationSplitter {
    private static final Pattern MARKER = Pattern.compile("(?<=[:;])\\s+(\\d{1,2}|[a-h])\\)\\s+");

    List<Sentence> split(Sentence sentence) {
        String text = sentence.text();
        Matcher m = MARKER.matcher(text);
        List<int[]> cuts = new ArrayList<>();
        while (m.find()) cuts.add(new int[]{m.start(), m.end()});
        if (cuts.isEmpty()) return List.of(sentence);
        List<Sentence> parts = new ArrayList<>();
        int from = 0;
        for (int[] cut : cuts) {
            add(sentence, from, cut[0], parts);
            from = cut[1];
        }
        add(sentence, from, text.length(), parts);
        return parts;
    }

    private static void add(Sentence sentence, int from, int to, List<Sentence> parts) {
        String piece = sentence.text().substring(from, to).strip();
        if (piece.isEmpty()) return;
        int offset = sentence.text().indexOf(piece, from);
        parts.add(new Sentence(piece, sentence.start() + offset, sentence.start() + offset + piece.length()));
    }
}
