package nl.regioplan.corpus.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's documented data files (word lists, gazetteers, lexicons): '#' lines are the
 * documentation; in a table the first other line is the header, every row has exactly the header's number of
 * cells, cells are stripped. A wrong row fails loudly with the line, so a hand edit cannot silently drop data.
 */
public final class DataTable {
    private DataTable() {
    }

    /** The rows after the header; {@code separator} is ',' or '\t' (cells never hold it). */
    public static List<String[]> rows(InputStream in, char separator, int columns, String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(String.valueOf(separator), -1);
                if (cells.length != columns)
                    throw new IllegalArgumentException(name + " line " + number + ": expected " + columns + " cells, found " + cells.length + ": " + line);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A word list: one entry a line, stripped, without a header; '#' lines and blank lines left out. */
    public static List<String> words(InputStream in, String name) throws IOException {
        if (in == null) throw new IOException("missing data file " + name);
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
            }
        }
        return words;
    }
}
