package nl.regioplan.corpus.sample;

import java.util.List;

/**
 * One page of a seed text as the source PDF had it.
 *
 * @param number     1-based page number in the seed (and so in the real plan the seed was extracted from)
 * @param paragraphs the page's paragraphs in seed order; empty for a page without text
 */
public record SeedPage(int number, List<Paragraph> paragraphs) {
    public SeedPage {
        paragraphs = List.copyOf(paragraphs);
    }

    public int wordCount() {
        int words = 0;
        for (Paragraph p : paragraphs) words += p.text().split(" ").length;
        return words;
    }
}
