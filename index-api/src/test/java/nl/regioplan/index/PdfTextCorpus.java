package nl.regioplan.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;

/**
 * The reference PDFs as index entries, for benchmarks only: pdftotext pages, blank-line paragraphs as
 * passages, and crude keyword themes, years and targets so facets carry a realistic load. The real
 * extraction lives in the extractors module; this stands in for it because the index imports nothing of ours.
 */
public final class PdfTextCorpus {
    private static final Pattern YEAR = Pattern.compile("\\b(20[1-4]\\d)\\b");
    private static final Pattern PARTY = Pattern.compile("\\b(GGD [A-Z][\\p{L}-]+|[Gg]emeente [A-Z][\\p{L}-]+|Zilveren Kruis|VGZ|Menzis|CZ)\\b");
    private static final Pattern TARGET = Pattern.compile("[^.]*\\b(?:in|uiterlijk|voor) (20[2-4]\\d)\\b[^.]*\\d+ ?%[^.]*\\.");
    private static final Map<String, Pattern> THEMES = Map.ofEntries(
            Map.entry("A", Pattern.compile("passende zorg|samen beslissen|waardegedreven", Pattern.CASE_INSENSITIVE)),
            Map.entry("B", Pattern.compile("regioplan|regiobeeld|regionale samenwerking", Pattern.CASE_INSENSITIVE)),
            Map.entry("C", Pattern.compile("acute zorg|spoedeisende|\\bseh\\b|roaz", Pattern.CASE_INSENSITIVE)),
            Map.entry("E", Pattern.compile("huisarts|wijkverpleg|eerstelijn|apothe", Pattern.CASE_INSENSITIVE)),
            Map.entry("F", Pattern.compile("\\bggz\\b|mentale gezondheid|sociaal domein", Pattern.CASE_INSENSITIVE)),
            Map.entry("G", Pattern.compile("preventie|leefstijl|\\bgala\\b|gezondheidsverschil", Pattern.CASE_INSENSITIVE)),
            Map.entry("H", Pattern.compile("arbeidsmarkt|personeel|administratieve last|verzuim", Pattern.CASE_INSENSITIVE)),
            Map.entry("I", Pattern.compile("digita|e-?health|gegevensuitwisseling|hybride zorg", Pattern.CASE_INSENSITIVE)),
            Map.entry("K", Pattern.compile("spuk|transformatiemiddelen|financiering", Pattern.CASE_INSENSITIVE)),
            Map.entry("L", Pattern.compile("monitor", Pattern.CASE_INSENSITIVE)),
            Map.entry("W", Pattern.compile("ouderen|wozo|mantelzorg|vergrijzing", Pattern.CASE_INSENSITIVE)));

    private PdfTextCorpus() {
    }

    public static List<IndexedDocument> read(Path pdfDir) throws IOException, InterruptedException {
        List<IndexedDocument> documents = new ArrayList<>();
        List<String> rows = Files.readAllLines(pdfDir.resolve("index.csv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = csv(row);
            String file = cells.get(0);
            String doc = file.replaceFirst("\\.pdf$", "");
            List<String> pages = pages(pdfDir.resolve(file));
            DocumentEntry entry = new DocumentEntry(doc, cells.get(3), region(doc), cells.get(6), pages.size(),
                    cells.get(2), cells.get(4), cells.get(5), cells.get(7));
            List<PassageEntry> passages = new ArrayList<>();
            List<TargetEntry> targets = new ArrayList<>();
            for (int page = 1; page <= pages.size(); page++) {
                for (String paragraph : pages.get(page - 1).split("\\n\\s*\\n")) {
                    String text = paragraph.replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("\\s+", " ").strip();
                    if (text.length() < 30) {
                        continue;
                    }
                    List<String> themes = themes(text);
                    List<String> parties = all(PARTY, text, 1);
                    passages.add(new PassageEntry(doc, page, "paragraph", null, text, themes, parties,
                            all(YEAR, text, 1).stream().map(Integer::valueOf).toList()));
                    Matcher target = TARGET.matcher(text);
                    while (target.find()) {
                        targets.add(new TargetEntry(doc, page, "percentage", target.group().strip(),
                                Integer.valueOf(target.group(1)), null, null, themes, parties));
                    }
                }
            }
            documents.add(new IndexedDocument(entry, passages, targets));
        }
        return documents;
    }

    private static List<String> pages(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }

    private static String region(String doc) {
        if (doc.startsWith("nat_")) {
            return "Nederland";
        }
        if (doc.contains("almere")) {
            return "Almere";
        }
        if (doc.contains("flevoland") || doc.contains("noordoostpolder") || doc.contains("zorglandschap")) {
            return "Flevoland";
        }
        return doc.split("_")[1];
    }

    private static List<String> themes(String text) {
        return THEMES.entrySet().stream().filter(theme -> theme.getValue().matcher(text).find())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return List.copyOf(found);
    }

    private static List<String> csv(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
