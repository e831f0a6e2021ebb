package nl.regioplan.extractors.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            List<List<String>> paragraphs = new ArrayList<>();
            List<String> current = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String sentence = line.strip();
                if (sentence.isEmpty()) {
                    if (!current.isEmpty()) paragraphs.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(sentence);
                }
            }
            if (!current.isEmpty()) paragraphs.add(current);
            return new DutchTrainingText(paragraphs);
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
