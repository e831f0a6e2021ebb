package nl.regioplan.extractors.nlp;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own annotated Dutch text (resource sentences-nl.train): one sentence per line, paragraphs
 * separated by blank lines, '#' comment lines.
 */
public record DutchTrainingText(List<List<String>> paragraphs) {
    private static final String RESOURCE = "sentences-nl.train";

    public DutchTrainingText {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    public static DutchTrainingText bundled() {
        try (InputStream in = DutchTrainingText.class.getResourceAsStream(RESOURCE)) {
            return new DutchTrainingText(DataTable.paragraphs(in, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sentences in OpenNLP's sentence-sample line format: one per line, an empty line after each paragraph. */
    public List<String> sentenceSampleLines() {
        List<String> lines = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            lines.addAll(paragraph);
            lines.add("");
        }
        return lines;
    }

    public List<String> sentences() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }
}
