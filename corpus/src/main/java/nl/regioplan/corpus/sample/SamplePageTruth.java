package nl.regioplan.corpus.sample;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a reader finds on one page of a sample PDF: its text in reading order, without running header, footer or
 * page number, words broken at line ends rejoined.
 *
 * @param page       1-based page number in the PDF
 * @param seedPage   the seed page (and so the real plan's page) the text came from
 * @param layout     how the page is laid out
 * @param paragraphs the page's paragraphs in reading order
 */
public record SamplePageTruth(int page, int seedPage, PageLayout layout, List<Paragraph> paragraphs) {
    public SamplePageTruth {
        paragraphs = List.copyOf(paragraphs);
    }

    /** True for the image-only page: its text is there only for OCR to find. */
    @JsonProperty(value = "scanned", access = JsonProperty.Access.READ_ONLY)
    public boolean scanned() {
        return layout == PageLayout.SCANNED;
    }

    /** The page as plain text: paragraphs separated by blank lines. */
    @JsonProperty(value = "text", access = JsonProperty.Access.READ_ONLY)
    public String text() {
        return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }
}
