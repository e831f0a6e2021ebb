package nl.regioplan.corpus.manifest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: comma-separated fields, double quotes around a field that holds commas, quotes or line
 * breaks, a doubled quote inside quotes for a quote. Each record remembers the line it starts on for messages.
 */
final class CsvRecords {
    record CsvRecord(int line, List<String> fields) {
        boolean blank() {
            return fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    private CsvRecords() {
    }

    static List<CsvRecord> read(Reader reader, String source) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int c = reader.read();
        if (c == '\uFEFF') c = reader.read();
        while (c != -1) {
            int next = reader.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    next = reader.read();
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') line++;
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && next == '\n') next = reader.read();
                fields.add(field.toString());
                records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                recordLine = ++line;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (c == '"' || afterQuote) {
                throw new ManifestException(source, line, "stray quote in a field: quote the whole field and "
                        + "double the quotes inside it");
            } else {
                field.append((char) c);
            }
            c = next;
        }
        if (quoted) throw new ManifestException(source, quoteLine, "quoted field is never closed");
        if (!fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
