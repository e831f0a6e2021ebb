package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentMetadata;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the plain-text seeds of ../shared/corpus/seeds into DocumentText, standing in for the PDF stage in
 * tests: a line that starts with a single space starts a page; blank lines separate blocks; a block that does
 * not end a sentence continues into a next one that starts in lower case or, when it is longer than a heading,
 * into one whose first line closes a sentence within a few words ("Salland United. Dit ..."); lines starting with a bullet
 * ('•', or 'Å' as the seeds' damaged bullet) or a list number are list items; a short line without closing
 * punctuation is a heading; the lines of a block are re-joined (a line-end hyphen glues, "- " keeps a space).
 */
final class SeedTextAdapter {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•Å]\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S");

    private SeedTextAdapter() {
    }

    static DocumentText read(Path seed) throws IOException {
        String doc = seed.getFileName().toString().replaceFirst("\\.txt$", "");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<List<String>> pages = new ArrayList<>();
        for (String line : lines) {
            if (pages.isEmpty() || line.startsWith(" ") && !line.startsWith("  ")) pages.add(new ArrayList<>());
            pages.getLast().add(line.startsWith(" ") ? line.substring(1) : line);
        }
        return fromPages(doc, pages);
    }

    /** pdftotext output (pages end in a form feed), for looking at plans beyond the seeds. */
    static DocumentText fromFormFeeds(String doc, String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("\f")) {
            List<String> lines = new ArrayList<>();
            for (String line : page.split("\n")) lines.add(line.strip().replace('\uF0B7', '•').replace("\u00AD", ""));
            pages.add(lines);
        }
        if (!pages.isEmpty() && pages.getLast().stream().allMatch(String::isBlank)) pages.removeLast();
        return fromPages(doc, pages);
    }

    private static DocumentText fromPages(String doc, List<List<String>> pages) {
        List<PageText> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(new PageText(i + 1, blocks(pages.get(i)), false, null));
        return new DocumentText(doc, "", new DocumentMetadata(null, null, null, null, null, out.size()), out);
    }

    private static List<Block> blocks(List<String> lines) {
        List<String> units = new ArrayList<>();
        List<Boolean> listItem = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) continue;
            // a blank run always ends on the line before this one
            boolean blank = i == 0 || lines.get(i - 1).isBlank();
            String line = raw.stripTrailing();
            boolean bullet = BULLET.matcher(line).find() || NUMBERED.matcher(line).find();
            boolean continues = current != null && !bullet
                    && (!blank || !endsSentence(current) && (startsLower(line) || current.length() > 90 && endsSoon(line)));
            if (continues) {
                join(current, raw);
            } else {
                current = new StringBuilder(BULLET.matcher(line).replaceFirst("").strip());
                units.add(null);
                listItem.add(bullet);
            }
            units.set(units.size() - 1, current.toString());
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).strip();
            if (text.isEmpty()) continue;
            BlockKind kind = listItem.get(i) ? BlockKind.LIST_ITEM
                    : isHeading(text) ? BlockKind.HEADING : BlockKind.PARAGRAPH;
            blocks.add(new Block(kind, text));
        }
        return blocks;
    }

    private static void join(StringBuilder current, String next) {
        String n = next.strip();
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == ' ') end--;
        boolean trailingSpace = end < current.length();
        current.setLength(end);
        if (end > 0 && current.charAt(end - 1) == '-' && !trailingSpace && startsLower(n)) current.append(n);
        else current.append(' ').append(n);
    }

    private static boolean endsSoon(String line) {
        String[] words = line.strip().split("\\s+");
        for (int i = 0; i < Math.min(4, words.length); i++) if (words[i].endsWith(".")) return true;
        return false;
    }

    private static boolean endsSentence(StringBuilder text) {
        String t = text.toString().strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(":");
    }

    private static boolean startsLower(String line) {
        String t = line.strip();
        return !t.isEmpty() && (Character.isLowerCase(t.charAt(0))
                || Character.isDigit(t.charAt(0)) && !NUMBERED.matcher(t).find() || t.charAt(0) == '(');
    }

    private static boolean isHeading(String text) {
        return text.length() <= 90 && !text.matches(".*[.;:,]$") && !Character.isLowerCase(text.charAt(0));
    }
}
