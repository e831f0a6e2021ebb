package nl.regioplan.extractors.nlp;

import nl.regioplan.extractors.clean.ListItemMarker;

import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a block's text into sentences with the project's Dutch OpenNLP model. A heading or a table cell is one
 * unit as a whole; a paragraph, list item or caption is split into sentences, at bullets, and inline
 * enumerations into their items. Sentences never leave their block, so they never cross a block or a page. Thread-safe.
 */
public final class SentenceSplitter {
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(DutchModels.sentenceModel()));
    /** Bullet glyphs, including the private-use bullet PDFs often carry. */
    private static final Pattern BULLET = Pattern.compile("(?:^|\\s)" + ListItemMarker.BULLET_CLASS + "\\s*");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\(?\\d{1,2}[.)]\\s+");
    private final EnumerationSplitter enumerations = new EnumerationSplitter();

    public List<Sentence> split(Block block) {
        if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE_CELL) {
            String text = Whitespace.normalise(block.text());
            return text.isEmpty() ? List.of() : List.of(new Sentence(text, 0, text.length()));
        }
        return split(block.text());
    }

    /**
     * Splits running text (white space is normalised first; offsets refer to the normalised text). A bullet
     * always starts a new unit, whether or not the item before it ended with a period, and is left out.
     */
    public List<Sentence> split(String text) {
        String normalised = Whitespace.normalise(text);
        if (normalised.isEmpty()) return List.of();
        List<Sentence> sentences = new ArrayList<>();
        Matcher bullet = BULLET.matcher(normalised);
        // "2. Met de partners ...": the model reads a leading item number as a sentence of its own, which cuts
        // the item's number from its first sentence; it stays with that sentence
        Matcher number = ITEM_NUMBER.matcher(normalised);
        int marker = number.lookingAt() ? number.end() : 0;
        int from = 0;
        while (bullet.find()) {
            detect(normalised, from, bullet.start(), sentences);
            from = bullet.end();
        }
        detect(normalised, from, normalised.length(), sentences);
        if (marker > 0 && sentences.size() > 1 && sentences.get(0).end() <= marker) {
            Sentence next = sentences.get(1);
            sentences.remove(0);
            sentences.set(0, new Sentence(normalised.substring(0, next.end()), 0, next.end()));
        }
        return sentences;
    }

    private void detect(String normalised, int from, int to, List<Sentence> out) {
        String segment = normalised.substring(from, to);
        if (segment.isBlank()) return;
        for (Span span : detector.get().sentPosDetect(segment)) {
            String sentence = segment.substring(span.getStart(), span.getEnd()).strip();
            if (sentence.isEmpty()) continue;
            int start = from + segment.indexOf(sentence, span.getStart());
            out.addAll(enumerations.split(new Sentence(sentence, start, start + sentence.length())));
        }
    }
}
