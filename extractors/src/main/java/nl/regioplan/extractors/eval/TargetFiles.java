package nl.regioplan.extractors.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.extractors.records.TargetRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads gold JSONL (SCHEMA.md) and predicted TargetRecord JSONL. */
public final class TargetFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Pattern LINE_REF = Pattern.compile("(?i)^\\s*line\\s+(\\d+)\\s*$");

    private TargetFiles() {
    }

    public static List<TargetRecord> readPredictions(Path jsonl) throws IOException {
        List<TargetRecord> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(JSON.readValue(line, TargetRecord.class));
        }
        return out;
    }

    /**
     * Gold targets of several files or folders (every {@code *.jsonl} in a folder), grouped by document in the
     * order met. A document's targets must all come from one file, so its dup_of references stay within it.
     */
    public static Map<String, List<GoldTarget>> readGoldByDocument(List<Path> paths) throws IOException {
        Map<String, List<GoldTarget>> byDoc = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        for (Path file : goldFiles(paths)) {
            for (GoldTarget g : readGold(file)) {
                Path earlier = fileOf.putIfAbsent(g.doc(), file);
                if (earlier != null && !earlier.equals(file)) {
                    throw new IOException("document " + g.doc() + " has gold in two files: " + earlier + " and " + file);
                }
                byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
            }
        }
        return byDoc;
    }

    private static List<Path> goldFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such gold file or folder");
            }
        }
        if (files.isEmpty()) throw new IOException("no gold *.jsonl files in " + paths);
        return files;
    }

    public static List<GoldTarget> readGold(Path jsonl) throws IOException {
        return parseGold(Files.readAllLines(jsonl, StandardCharsets.UTF_8));
    }

    /**
     * dup_of is either "line N" or the page of the first statement; a page reference resolves to the earlier
     * line of the same document on that page whose text shares the most words.
     */
    public static List<GoldTarget> parseGold(List<String> lines) throws IOException {
        List<GoldTarget> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode n = JSON.readTree(lines.get(i));
            int line = i + 1;
            GoldTarget draft = new GoldTarget(line, text(n, "doc"), integer(n, "page"), text(n, "kind"),
                    text(n, "text"), deadline(n.get("deadline")), number(n, "quantity"), text(n, "unit"),
                    text(n, "comparator"), number(n, "baseline_value"), integer(n, "baseline_year"),
                    text(n, "subject"), n.path("source_quoted").asBoolean(false), null);
            out.add(withDup(draft, n.get("dup_of"), out));
        }
        return out;
    }

    private static GoldTarget withDup(GoldTarget g, JsonNode dup, List<GoldTarget> earlier) {
        if (dup == null || dup.isNull()) return g;
        Integer first = null;
        Matcher m = LINE_REF.matcher(dup.asText());
        if (m.matches()) {
            int ref = Integer.parseInt(m.group(1));
            first = earlier.stream().filter(e -> e.line() == ref).map(GoldTarget::group).findFirst().orElse(ref);
        } else if (dup.canConvertToInt()) {
            int page = dup.asInt();
            double best = -1;
            for (GoldTarget e : earlier) {
                if (!e.doc().equals(g.doc()) || e.page() == null || e.page() != page) continue;
                double sim = TextSimilarity.dice(e.text(), g.text());
                if (sim > best) {
                    best = sim;
                    first = e.group();
                }
            }
        }
        return new GoldTarget(g.line(), g.doc(), g.page(), g.kind(), g.text(), g.deadline(), g.quantity(), g.unit(),
                g.comparator(), g.baselineValue(), g.baselineYear(), g.subject(), g.sourceQuoted(), first);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    private static Object deadline(JsonNode v) {
        if (v == null || v.isNull()) return null;
        return v.isInt() ? (Object) v.asInt() : v.asText();
    }
}
