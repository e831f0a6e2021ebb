package nl.regioplan.corpus.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a seed text (pdftotext output of a real plan, damage and all) into pages of paragraphs.
 *
 * <p>A line that starts with a single space begins a new page (that is where the page's form feed was). Within a
 * page, lines join into paragraphs where they continue one another ({@link LineJoiner}); a short paragraph without
 * a closing mark is a heading; a line starting with {@code •}, {@code Å} (a bullet glyph lost in extraction) or a
 * dash is a list item, and the lines right under it (no blank line between) are the rest of that item.
 */
public final class SeedText {
    /** A heading is at most this many characters and words; longer unfinished text is a paragraph cut off. */
    private static final int HEADING_CHARS = 70;
    private static final int HEADING_WORDS = 10;
    /** A heading may be a question ("Hoe bereiken we dit?"), but does not end like a sentence or a clause. */
    private static final String CLOSING_MARKS = ".,;:!";

    private SeedText() {
    }

    /** The pages of {@code text}; trailing pages without text are dropped. */
    public static List<SeedPage> parse(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        LineJoiner joiner = LineJoiner.forText(normalised);
        List<List<String>> pageLines = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            if (pageLines.isEmpty() || line.startsWith(" ")) {
                pageLines.add(new ArrayList<>());
                line = line.isEmpty() ? line : line.substring(1);
            }
            pageLines.getLast().add(line);
        }
        List<SeedPage> pages = new ArrayList<>();
        for (List<String> lines : pageLines) pages.add(new SeedPage(pages.size() + 1, paragraphs(lines, joiner)));
        while (!pages.isEmpty() && pages.getLast().paragraphs().isEmpty()) pages.removeLast();
        return List.copyOf(pages);
    }

    /** Parses a seed text bundled under {@code nl/regioplan/corpus/sample/}. */
    public static List<SeedPage> fromResource(String name) {
        try (InputStream in = SeedText.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no bundled seed text " + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled seed text " + name, e);
        }
    }

    private static List<Paragraph> paragraphs(List<String> lines, LineJoiner joiner) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String text = null;
        String lastRaw = null;
        boolean listItem = false;
        boolean blankBefore = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankBefore = true;
                continue;
            }
            // A list item's wrapped lines follow it without a blank line, even after a full stop.
            boolean itemGoesOn = listItem && !blankBefore && !LineJoiner.isBullet(line);
            blankBefore = false;
            if (text != null && (itemGoesOn || joiner.continues(lastRaw, line))) {
                text = joiner.join(text, lastRaw, line);
            } else {
                if (text != null) paragraphs.add(paragraph(text, listItem));
                listItem = LineJoiner.isBullet(line);
                text = LineJoiner.normalise(listItem ? LineJoiner.withoutBullet(line) : line);
                if (text.isEmpty()) {
                    text = null;
                    continue;
                }
            }
            lastRaw = line;
        }
        if (text != null) paragraphs.add(paragraph(text, listItem));
        return paragraphs;
    }

    private static Paragraph paragraph(String text, boolean listItem) {
        if (listItem) return new Paragraph(ParagraphKind.LIST_ITEM, text);
        boolean heading = text.length() <= HEADING_CHARS
                && text.split(" ").length <= HEADING_WORDS
                && CLOSING_MARKS.indexOf(text.charAt(text.length() - 1)) < 0
                && text.chars().anyMatch(Character::isLetter);
        return new Paragraph(heading ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH, text);
    }
}
