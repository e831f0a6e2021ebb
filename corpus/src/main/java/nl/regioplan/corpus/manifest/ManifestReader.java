package nl.regioplan.corpus.manifest;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a manifest CSV: a header naming the columns ({@code id} and {@code url} required; {@code region},
 * {@code title}, {@code type} optional, in any order), then one document per line. Strict: anything it cannot use
 * as written is an error naming the line, rather than a document silently skipped.
 */
public final class ManifestReader {
    public static final List<String> COLUMNS = List.of("id", "url", "region", "title", "type");
    private static final Set<String> REQUIRED = Set.of("id", "url");
    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    private ManifestReader() {
    }

    public static List<ManifestEntry> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /** @param source names the manifest in error messages */
    public static List<ManifestEntry> read(Reader reader, String source) throws IOException {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(reader, source);
        int start = 0;
        while (start < records.size() && records.get(start).blank()) start++;
        if (start == records.size()) {
            throw new ManifestException(source, 1, "missing header: expected " + String.join(",", COLUMNS));
        }
        CsvRecords.CsvRecord header = records.get(start);
        Map<String, Integer> columns = columns(header, source);
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRecords.CsvRecord record : records.subList(start + 1, records.size())) {
            if (record.blank()) continue;
            if (record.fields().size() != columns.size()) {
                throw new ManifestException(source, record.line(), "expected " + columns.size() + " fields ("
                        + String.join(",", columns.keySet()) + "), found " + record.fields().size());
            }
            ManifestEntry entry = entry(record, columns, source);
            Integer first = firstLine.putIfAbsent(entry.id(), record.line());
            if (first != null) {
                throw new ManifestException(source, record.line(),
                        "duplicate id '" + entry.id() + "' (first on line " + first + ")");
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static Map<String, Integer> columns(CsvRecords.CsvRecord header, String source)
            throws ManifestException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String name : header.fields()) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new ManifestException(source, header.line(), "unknown column '" + name.strip()
                        + "' in header (columns: " + String.join(",", COLUMNS) + "; is the header line missing?)");
            }
            if (columns.put(column, columns.size()) != null) {
                throw new ManifestException(source, header.line(), "column '" + column + "' named twice in header");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new ManifestException(source, header.line(), "header lacks column '" + required + "'");
            }
        }
        return columns;
    }

    private static ManifestEntry entry(CsvRecords.CsvRecord record, Map<String, Integer> columns, String source)
            throws ManifestException {
        int line = record.line();
        String id = field(record, columns, "id");
        if (id == null) throw new ManifestException(source, line, "empty id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ManifestException(source, line, "id '" + id + "' may hold only letters, digits, '.', '-', '_'"
                    + " (it becomes a file name)");
        }
        String url = field(record, columns, "url");
        if (url == null) throw new ManifestException(source, line, "empty url for id '" + id + "'");
        ManifestEntry entry = new ManifestEntry(id, url, field(record, columns, "region"),
                field(record, columns, "title"), field(record, columns, "type"));
        checkUrl(entry, source, line);
        return entry;
    }

    private static void checkUrl(ManifestEntry entry, String source, int line) throws ManifestException {
        String scheme = entry.scheme();
        if (scheme == null) return;
        if (!SCHEMES.contains(scheme)) {
            throw new ManifestException(source, line, "url '" + entry.url() + "' has unsupported scheme '" + scheme
                    + "' (use http, https, file or a path)");
        }
        try {
            URI uri = new URI(entry.url());
            if (entry.remote() && uri.getHost() == null) {
                throw new ManifestException(source, line, "url '" + entry.url() + "' has no host");
            }
        } catch (URISyntaxException e) {
            throw new ManifestException(source, line, "url '" + entry.url() + "' is not a valid URL: "
                    + e.getReason());
        }
    }

    private static String field(CsvRecords.CsvRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) return null;
        String value = record.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
