package nl.regioplan.corpus.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The expected text of every page of one sample PDF, written next to it as {@code <doc>.truth.json} so extractor
 * tests can measure how faithfully they read it.
 *
 * @param doc    the document id (the PDF's file name without {@code .pdf})
 * @param pages  one entry per PDF page, in page order
 */
public record SampleDocumentTruth(String doc, String title, String region, List<SamplePageTruth> pages) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SampleDocumentTruth {
        pages = List.copyOf(pages);
    }

    /** The truth of PDF page {@code number} (1-based). */
    public SamplePageTruth page(int number) {
        return pages.get(number - 1);
    }

    /** The PDF page number of the image-only page. */
    public int scannedPage() {
        return pages.stream().filter(SamplePageTruth::scanned).findFirst().orElseThrow().page();
    }

    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(this));
    }

    public static SampleDocumentTruth read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SampleDocumentTruth.class);
    }
}
