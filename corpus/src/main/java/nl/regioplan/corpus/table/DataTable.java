package nl.regioplan.corpus.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's documented data files (word lists, gazetteers, lexicons, cue lists, training text): '#' lines are the
 * documentation; in a table the first other line is the header, every row has exactly the header's number of
 * cells, cells are stripped. A wrong row fails loudly with the line, so a hand edit cannot silently drop data.
 */
public final class DataTable {
    private DataTable() {
    }

    /** A row of a table with its line in the file, for a reader that checks its cells and names the line. */
    public record Row(int line, String[] cells) {
    }

    /** The rows after the header; {@code separator} is ',' or '\t' (cells never hold it). */
    public static List<String[]> rows(InputStream in, char separator, int columns, String name) throws IOException {
        return rows(in, separator, columns, null, name).stream().map(Row::cells).toList();
    }

    /** The rows after the header, which must be {@code header}: a file of another layout fails at once. */
    public static List<Row> rows(InputStream in, char separator, List<String> header, String name) throws IOException {
        return rows(in, separator, header.size(), header, name);
    }

    private static List<Row> rows(InputStream in, char separator, int columns, List<String> expectedHeader,
                                  String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = reader(in)) {
            boolean header = true;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split(String.valueOf(separator), -1);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                if (header) {
                    header = false;
                    if (expectedHeader != null && !List.of(cells).equals(expectedHeader)) {
                        throw new IllegalArgumentException(name + " line " + number + ": the header must be "
                                + String.join(",", expectedHeader) + ", found " + String.join(",", cells));
                    }
                    continue;
                }
                if (cells.length != columns)
                    throw new IllegalArgumentException(name + " line " + number + ": expected " + columns + " cells, found " + cells.length + ": " + line);
                rows.add(new Row(number, cells));
            }
        }
        return rows;
    }

    /**
     * Lists under section lines: "[name]" opens a section, every other line (trailing space dropped) belongs to the
     * section above it; '#' lines and blank lines left out. A line before the first section fails loudly.
     */
    public static Map<String, List<String>> sections(InputStream in, String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (BufferedReader reader = reader(in)) {
            List<String> current = null;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String t = line.strip();
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = sections.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalArgumentException(name + " line " + number + ": a line before the first [section]: " + line);
                } else {
                    current.add(line.stripTrailing());
                }
            }
        }
        return sections;
    }

    /** Paragraphs of stripped lines, a blank line between two; '#' lines left out. */
    public static List<List<String>> paragraphs(InputStream in, String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        List<List<String>> paragraphs = new ArrayList<>();
        try (BufferedReader reader = reader(in)) {
            List<String> current = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String t = line.strip();
                if (!t.isEmpty()) {
                    current.add(t);
                } else if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) paragraphs.add(current);
        }
        return paragraphs;
    }

    /** A word list: one entry a line, stripped, without a header; '#' lines and blank lines left out. */
    public static List<String> words(InputStream in, String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = reader(in)) {
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
            }
        }
        return words;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
