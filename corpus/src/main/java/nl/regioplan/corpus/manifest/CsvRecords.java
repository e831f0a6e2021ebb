package nl.regioplan.corpus.manifest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 records with Commons CSV (the parser the pipeline's folder descriptions use too), and adds what
 * a manifest's messages need: the line each record starts on, and an error for a quote inside an unquoted field,
 * which Commons CSV would keep as a character.
 */
final class CsvRecords {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    record CsvRecord(int line, List<String> fields) {
        boolean blank() {
            return fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    private CsvRecords() {
    }

    static List<CsvRecord> read(Reader reader, String source) throws IOException {
        String text = readAll(reader);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<CsvRecord> records = new ArrayList<>();
        int nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int start = (int) record.getCharacterPosition();
                int line = 1 + count(text, '\n', 0, start);
                List<String> fields = record.toList();
                checkQuotes(text, start, fields, source, line);
                records.add(new CsvRecord(line, List.copyOf(fields)));
                nextLine = line + 1 + fields.stream().mapToInt(f -> count(f, '\n', 0, f.length())).sum();
            }
        } catch (ManifestException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), source, nextLine);
        } catch (IOException e) {
            throw failure(e, source, nextLine);
        }
        return records;
    }

    /** The parser fails at the record after the last one it gave: an unclosed quote, or text after a closing one. */
    private static ManifestException failure(IOException e, String source, int line) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new ManifestException(source, line, "quoted field is never closed");
        }
        return new ManifestException(source, line, "stray quote in a field: quote the whole field and double the "
                + "quotes inside it");
    }

    /** A field that does not start with a quote holds none: "Regio\"plan" is a typing error, not a title. */
    private static void checkQuotes(String text, int start, List<String> fields, String source, int line)
            throws ManifestException {
        int at = start;
        for (String field : fields) {
            if (at < text.length() && text.charAt(at) == '"') {
                at += 2 + field.length() + count(field, '"', 0, field.length());
            } else {
                if (field.indexOf('"') >= 0) {
                    throw new ManifestException(source, line, "stray quote in a field: quote the whole field and "
                            + "double the quotes inside it");
                }
                at += field.length();
            }
            at++; // the comma
        }
    }

    private static int count(String s, char c, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) != -1; ) sb.append(buffer, 0, n);
        return sb.toString();
    }
}
