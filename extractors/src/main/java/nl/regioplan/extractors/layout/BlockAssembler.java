package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.regioplan.extractors.clean.ListItemMarker;
import nl.regioplan.extractors.block.BlockKind;

/**
 * Groups a page's lines, already in reading order, into blocks. A new block starts at a list bullet, at a
 * change of font size or weight, at a gap clearly wider than the page's own line pitch ({@link LinePitch}), and where reading jumps to another
 * column unless the sentence runs on there. The kind comes from how the block looks: larger or bold text
 * (against the page's body text) is a heading (see {@link #isHeading}), a bullet or number makes a list item, "Figuur 3"/"Tabel 2"/
 * "Bron:" a caption, and three or more lines side by side on one baseline start a table row, which becomes one block
 * ({@link TableRows}).
 */
public final class BlockAssembler {
    private static final float HEADING_SIZE_RATIO = 1.15f;
    private static final int MAX_HEADING_LINES = 4;
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MIN_HEADING_LETTERS = 3;
    private static final Pattern CAPTION_START =
            Pattern.compile("^((Figuur|Fig\\.|Tabel|Grafiek|Afbeelding|Kaart|Foto)\\s*\\d+[a-z]?\\b|(Bron|Bronnen)\\s*:).*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;]\\s*$");
    /** A chapter or section number before a title: "7. ", "3.6. ", "2.1 ". */
    private static final Pattern NUMBERED_START = Pattern.compile("^\\d{1,2}(\\.\\d{1,2})*\\.?\\s+\\p{L}");
    private static final float NUMBERED_HEADING_RATIO = 1.05f;
    private static final Pattern GLUED_NOTE = Pattern.compile("^(\\d{1,2})(\\p{Lu}\\p{Ll}.*)$");
    private static final float NOTE_SIZE_RATIO = 0.9f, LABEL_SIZE_RATIO = 0.88f;
    private static final int MAX_LABEL_WORDS = 3;

    public List<LaidOutBlock> blocks(List<TextLine> orderedLines) {
        return blocks(orderedLines, Map.of());
    }

    /** @param laidOut blocks decided already (a drawn table's rows), each in place of the line that stands for it */
    public List<LaidOutBlock> blocks(List<TextLine> orderedLines, Map<TextLine, LaidOutBlock> laidOut) {
        if (orderedLines.isEmpty()) return List.of();
        List<TextLine> free = laidOut.isEmpty() ? orderedLines : orderedLines.stream().filter(l -> !laidOut.containsKey(l)).toList();
        if (free.isEmpty()) return orderedLines.stream().map(laidOut::get).toList();
        // a drawn table's text is body text too: a page of tables under one title still has that title larger
        float bodySize = bodyFontSize(orderedLines);
        Body body = new Body(bodySize, bodyShare(orderedLines, bodySize, TextLine::bold), bodyShare(orderedLines, bodySize, TextLine::italic));
        LinePitch pitch = LinePitch.of(free);
        Map<Integer, LaidOutBlock> rowAt = tableRowBlocks(TableRows.tables(orderedLines, pitch, laidOut.keySet()));

        List<LaidOutBlock> blocks = new ArrayList<>();
        Draft draft = null;
        TextLine previous = null;
        for (int i = 0; i < orderedLines.size(); i++) {
            TextLine line = orderedLines.get(i);
            LaidOutBlock fixed = laidOut.get(line);
            if (fixed != null) {
                if (draft != null) blocks.add(draft.finish());
                blocks.add(fixed);
                draft = null;
                previous = null;
                continue;
            }
            if (!rowAt.containsKey(i) && labelOverValue(orderedLines, i, laidOut, pitch, body)) {
                if (draft != null) blocks.add(draft.finish());
                TextLine value = orderedLines.get(i + 1);
                blocks.add(new LaidOutBlock(BlockKind.TABLE_CELL, List.of(line, value), List.of(line.text(), "| " + value.text())));
                draft = null;
                previous = null;
                i++;
                continue;
            }
            LaidOutBlock row = rowAt.get(i);
            if (row != null) {
                if (draft != null) blocks.add(draft.finish());
                blocks.add(row);
                draft = null;
                i += row.lines().size() - 1;
                previous = null;
                continue;
            }
            boolean heading = isHeading(orderedLines, i, previous, body, pitch) && !wrapsItem(draft, previous, line, pitch);
            Optional<String> item = heading ? Optional.empty() : ListItemMarker.itemText(line.text());
            if (item.isPresent()) {
                if (draft != null) blocks.add(draft.finish());
                draft = new Draft(BlockKind.LIST_ITEM, line, item.get());
            } else if (draft == null || startsNewBlock(draft, previous, line, heading, pitch) || gluedNote(line, body).isPresent()) {
                if (draft != null) blocks.add(draft.finish());
                draft = new Draft(heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, line, gluedNote(line, body).orElse(line.text()));
            } else {
                draft.add(line, line.text());
            }
            previous = line;
        }
        if (draft != null) blocks.add(draft.finish());
        return blocks;
    }

    /** The page's body text: its font size, and whether most of it is bold or italic. */
    private record Body(float size, boolean bold, boolean italic) {
    }

    /**
     * Clearly larger text is a heading; bold text against regular body text is a heading when the line is short
     * and does not end like a sentence (a bold lead sentence is not). Slightly larger text alone is not enough:
     * list items are often set a point larger than the body. A short line set apart (see {@link #isLabel}) is a
     * heading too, and so is a numbered line set a little larger that stands alone ("7. Bedrijfsvoering").
     */
    private static boolean isHeading(List<TextLine> lines, int i, TextLine previous, Body body, LinePitch pitch) {
        TextLine line = lines.get(i);
        // a figure set large ("450.686", "12%") is a key number of a table or an infographic, not a title
        if (line.text().codePoints().filter(Character::isLetter).count() < MIN_HEADING_LETTERS) return false;
        if (line.fontSize() >= HEADING_SIZE_RATIO * body.size()) return true;
        // "• Deelname in werkgroep ...: de voorzitter": a bulleted line with a bold lead is an item, not a title
        String text = line.text().stripLeading();
        if (!text.isEmpty() && ListItemMarker.isBullet(text.charAt(0))) return false;
        if (line.words().size() > MAX_HEADING_WORDS) return false;
        TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        boolean sentence = SENTENCE_END.matcher(line.text()).matches();
        if (line.bold() && !body.bold() && !sentence && !leadsIntoItsSentence(line, next, pitch)) return true;
        if (isLabel(line, previous, next, body, pitch)) return true;
        return !sentence && line.fontSize() >= NUMBERED_HEADING_RATIO * body.size() && NUMBERED_START.matcher(line.text()).find()
                && standsAlone(line, next, pitch) && (next == null || ListItemMarker.itemText(next.text()).isEmpty());
    }

    /**
     * A label over its paragraph: a short line set bold or italic against the body ("Achtergrond:", "Huisvesting"),
     * at the start of a block, over a line in the body's style that starts a sentence. A bold line ending in a
     * colon over a list is the list's intro, and stays with its items as a paragraph.
     */
    private static boolean isLabel(TextLine line, TextLine previous, TextLine next, Body body, LinePitch pitch) {
        boolean bold = line.bold() && !body.bold(), italic = line.italic() && !body.italic() && !line.bold();
        if (!bold && !italic || next == null || CAPTION_START.matcher(line.text()).matches()
                || ListItemMarker.itemText(line.text()).isPresent()) return false;
        if (next.bold() == line.bold() && next.italic() == line.italic()) return false;
        if (next.baseline() <= line.baseline() || next.baseline() - line.baseline() > 3 * pitch.pitch(line.fontSize())) return false;
        if (next.text().isEmpty() || !Character.isUpperCase(next.text().codePointAt(0)) || ListItemMarker.itemText(next.text()).isPresent()) return false;
        boolean atBlockStart = previous == null || SENTENCE_END.matcher(previous.text()).matches()
                || line.baseline() - previous.baseline() > pitch.paragraphGap(previous.fontSize()) || line.baseline() < previous.baseline();
        if (!atBlockStart) return false;
        String text = line.text().strip();
        return text.endsWith(":") || !SENTENCE_END.matcher(text).matches();
    }

    /** Whether the next line is no continuation of this one: a paragraph gap or another size or weight lies between. */
    private static boolean standsAlone(TextLine line, TextLine next, LinePitch pitch) {
        if (next == null) return true;
        return next.baseline() - line.baseline() > pitch.paragraphGap(line.fontSize()) || next.baseline() < line.baseline()
                || Math.abs(next.fontSize() - line.fontSize()) > 0.5f || next.bold() != line.bold();
    }

    /**
     * "Meer gezonde levensjaren: Inwoners leven" over "gemiddeld langer in goede gezondheid.": a bold lead whose
     * sentence runs on in the body style on the next line opens a paragraph; a title does not end mid-sentence.
     */
    private static boolean leadsIntoItsSentence(TextLine line, TextLine next, LinePitch pitch) {
        return next != null && !next.bold() && Math.abs(next.fontSize() - line.fontSize()) <= 0.5f
                && next.baseline() > line.baseline() && next.baseline() - line.baseline() <= pitch.paragraphGap(line.fontSize())
                && continuesSentence(line, next) && ListItemMarker.itemText(next.text()).isEmpty();
    }

    /** The wrapped line of a bulleted item set bold as its first line is: the item goes on, no title starts. */
    private static boolean wrapsItem(Draft draft, TextLine previous, TextLine line, LinePitch pitch) {
        return draft != null && draft.kind == BlockKind.LIST_ITEM && previous != null && previous.bold() == line.bold()
                && previous.italic() == line.italic() && Math.abs(previous.fontSize() - line.fontSize()) <= 0.5f
                && ListItemMarker.itemText(line.text()).isEmpty() && !startsNewBlock(draft, previous, line, false, pitch);
    }

    private static boolean startsNewBlock(Draft draft, TextLine previous, TextLine line, boolean heading, LinePitch pitch) {
        if (previous == null) return true;
        if (heading != (draft.kind == BlockKind.HEADING)) return true;
        // the next numbered title in a run of titles ("3 Wat helpt ...", "4 Enkele ...") is a heading of its own
        if (heading && NUMBERED_START.matcher(line.text()).find()) return true;
        float em = Math.max(previous.fontSize(), line.fontSize());
        // a small size change inside running text is usually a scaled line, not a new block; headings are caught above
        if (Math.abs(line.fontSize() - previous.fontSize()) > 0.2f * em) return true;
        // an item's wrapped line flush with its bullet (no hanging indent) goes on with the item's sentence
        if (draft.kind == BlockKind.LIST_ITEM && line.left() <= draft.lines.get(0).left() + 1f
                && !(continuesSentence(previous, line) && line.baseline() - previous.baseline() <= pitch.paragraphGap(previous.fontSize()))) {
            return true;
        }
        if (startsFootnote(line) || endsContentsEntry(previous)) return true;
        boolean jumpsColumn = line.baseline() < previous.baseline() - 0.5f * em || line.left() > previous.right();
        if (jumpsColumn) return !runsOn(previous, line);
        return line.baseline() - previous.baseline() > pitch.paragraphGap(previous.fontSize());
    }

    private static boolean continuesSentence(TextLine previous, TextLine line) {
        return !SENTENCE_END.matcher(previous.text()).matches()
                && !line.text().isEmpty() && Character.isLowerCase(line.text().charAt(0));
    }

    /**
     * A field of a letterhead or a document's margin: a label of a few words set smaller than the one line of
     * value right under it ("Datum" over "12 november 2024", "Onderwerp" over the subject). It reads as a form's
     * row, label and value. A label over a paragraph ("Kern mededeling:" over several lines) is its heading instead.
     */
    private static boolean labelOverValue(List<TextLine> lines, int i, Map<TextLine, LaidOutBlock> laidOut, LinePitch pitch, Body body) {
        if (i + 1 >= lines.size()) return false;
        TextLine label = lines.get(i), value = lines.get(i + 1);
        if (laidOut.containsKey(value) || label.words().size() > MAX_LABEL_WORDS || SENTENCE_END.matcher(label.text()).matches()
                || label.text().codePoints().filter(Character::isLetter).count() < MIN_HEADING_LETTERS) return false;
        if (label.fontSize() > LABEL_SIZE_RATIO * value.fontSize() || label.fontSize() >= body.size()
                || Math.abs(value.left() - label.left()) > value.fontSize()) return false;
        float below = value.baseline() - label.baseline();
        if (below <= 0 || below > 2.2f * value.fontSize() || ListItemMarker.itemText(value.text()).isPresent()) return false;
        if (i + 2 >= lines.size()) return true;
        TextLine after = lines.get(i + 2);
        // the value is one line: what follows starts apart, in another size, or is the next label
        return after.baseline() - value.baseline() > pitch.paragraphGap(value.fontSize()) || after.baseline() < value.baseline()
                || Math.abs(after.fontSize() - value.fontSize()) > 0.5f || Math.abs(after.left() - value.left()) > value.fontSize();
    }

    /** A contents entry ends in its page number, set a leader's width after the title ("1. Inleiding     3"). */
    private static boolean endsContentsEntry(TextLine line) {
        List<Word> words = line.words();
        if (words.size() < 2) return false;
        Word last = words.get(words.size() - 1), before = words.get(words.size() - 2);
        return LineBuilder.PAGE_NUMBER.matcher(last.text()).matches() && last.left() - before.right() > LineBuilder.GUTTER_EMS * Math.max(last.fontSize(), 1f);
    }

    /** A footnote starts with its number set smaller and raised against the text after it. */
    private static boolean startsFootnote(TextLine line) {
        if (line.words().size() < 2) return false;
        Word number = line.words().get(0), next = line.words().get(1);
        return number.text().matches("\\d{1,3}") && number.fontSize() < 0.85f * next.fontSize()
                && number.baseline() < next.baseline() - 0.15f * next.fontSize();
    }

    /**
     * A note under the body text whose number the producer set glued to its first word, in the note's own size
     * ("1Bron: ...", "2Het bedrag ..."): the note's text with the number set apart, so it starts a block of its own.
     */
    private static Optional<String> gluedNote(TextLine line, Body body) {
        if (line.fontSize() > NOTE_SIZE_RATIO * body.size()) return Optional.empty();
        java.util.regex.Matcher m = GLUED_NOTE.matcher(line.text());
        return m.matches() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** A sentence that continues at the top of the next column: no sentence end before, lower case after. */
    private static boolean runsOn(TextLine previous, TextLine line) {
        return !SENTENCE_END.matcher(previous.text()).matches()
                && !line.text().isEmpty() && Character.isLowerCase(line.text().charAt(0));
    }

    /**
     * One block per table row, keyed by the index of its first line; when a table's first row is a header, the
     * other rows' cells carry their column's header.
     */
    private static Map<Integer, LaidOutBlock> tableRowBlocks(List<List<TableRows.Row>> tables) {
        Map<Integer, LaidOutBlock> blocks = new HashMap<>();
        for (List<TableRows.Row> rows : tables) {
            TableRows.Row header = !TableRows.isForm(rows) && TableRows.isHeader(rows.get(0), rows.subList(1, rows.size())) ? rows.get(0) : null;
            for (TableRows.Row row : rows) {
                TableRows.LaidOutBlockParts parts = TableRows.parts(row, row == header ? null : header);
                blocks.put(row.first(), new LaidOutBlock(BlockKind.TABLE_CELL, parts.lines(), parts.texts()));
            }
        }
        return blocks;
    }

    /** The font size that most characters on the page have. */
    private static float bodyFontSize(List<TextLine> lines) {
        Map<Integer, Integer> charsPerHalfPoint = new HashMap<>();
        for (TextLine line : lines) charsPerHalfPoint.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
        return charsPerHalfPoint.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 2f;
    }

    /** Whether most body-size text has the style. */
    private static boolean bodyShare(List<TextLine> lines, float bodySize, java.util.function.Predicate<TextLine> style) {
        int styled = 0, all = 0;
        for (TextLine line : lines) {
            if (Math.abs(line.fontSize() - bodySize) > 0.5f) continue;
            all += line.text().length();
            if (style.test(line)) styled += line.text().length();
        }
        return styled * 2 > all;
    }

    private static final class Draft {
        private BlockKind kind;
        private final List<TextLine> lines = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();

        Draft(BlockKind kind, TextLine first, String text) {
            this.kind = kind;
            add(first, text);
        }

        void add(TextLine line, String text) {
            lines.add(line);
            texts.add(text);
        }

        LaidOutBlock finish() {
            // a contents entry is an item of the contents list, however its title is set
            if (kind != BlockKind.LIST_ITEM && lines.size() <= MAX_HEADING_LINES && endsContentsEntry(lines.get(lines.size() - 1))) {
                kind = BlockKind.LIST_ITEM;
            } else if (kind == BlockKind.HEADING && (lines.size() > MAX_HEADING_LINES || String.join(" ", texts).length() > 200)) {
                kind = BlockKind.PARAGRAPH;
            } else if (kind == BlockKind.PARAGRAPH && lines.size() <= MAX_HEADING_LINES
                    && CAPTION_START.matcher(texts.get(0)).matches()) {
                kind = BlockKind.CAPTION;
            }
            return new LaidOutBlock(kind, lines, texts);
        }
    }
}
