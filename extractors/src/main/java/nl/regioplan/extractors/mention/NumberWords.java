package nl.regioplan.extractors.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The Dutch number words and fractions of resource number-words-nl.txt. */
final class NumberWords {
    record Entry(double value, boolean percent) {
    }

    private final Map<String, Entry> entries;
    private final Pattern pattern;

    private NumberWords(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        StringBuilder alternatives = new StringBuilder();
        entries.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(word -> {
            if (!alternatives.isEmpty()) alternatives.append('|');
            alternatives.append(Pattern.quote(word).replace(" ", "\\E\\s+\\Q"));
        });
        this.pattern = Pattern.compile("(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static NumberWords dutch() {
        try (InputStream in = NumberWords.class.getResourceAsStream("number-words-nl.txt")) {
            if (in == null) throw new IllegalStateException("missing resource number-words-nl.txt");
            Map<String, Entry> entries = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                entries.put(f[0], new Entry(Double.parseDouble(f[1]), "percent".equals(f[2])));
            }
            return new NumberWords(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Pattern pattern() {
        return pattern;
    }

    Entry lookup(String matched) {
        return entries.get(matched.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
    }
}
