package nl.regioplan.extractors.nlp;

import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.text.BlockKind;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a block's text into sentences with the project's Dutch OpenNLP model. A heading or a table cell is one
 * unit as a whole; a paragraph, list item or caption is split into sentences, and inline enumerations into
 * their items. Sentences never leave their block, so they never cross a block or a page. Thread-safe.
 */
public final class SentenceSplitter {
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(DutchModels.sentenceModel()));
    private final EnumerationSplitter enumerations = new EnumerationSplitter();

    public List<Sentence> split(Block block) {
        if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE_CELL) {
            String text = Whitespace.normalise(block.text());
            return text.isEmpty() ? List.of() : List.of(new Sentence(text, 0, text.length()));
        }
        return split(block.text());
    }

    /** Splits running text (white space is normalised first; offsets refer to the normalised text). */
    public List<Sentence> split(String text) {
        String normalised = Whitespace.normalise(text);
        if (normalised.isEmpty()) return List.of();
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : detector.get().sentPosDetect(normalised)) {
            String sentence = normalised.substring(span.getStart(), span.getEnd()).strip();
            if (sentence.isEmpty()) continue;
            int start = normalised.indexOf(sentence, span.getStart());
            sentences.addAll(enumerations.split(new Sentence(sentence, start, start + sentence.length())));
        }
        return sentences;
    }
}
