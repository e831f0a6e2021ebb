package nl.regioplan.extractors.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named lists of Dutch cue phrases read from a sectioned resource ("[name]" lines open a list, '#' lines are
 * comments, every other line is a regular-expression fragment). Each list becomes one case-insensitive pattern
 * whose alternatives must start and end on a word boundary.
 */
public final class CueLexicon {
    private final Map<String, Pattern> patterns;

    private CueLexicon(Map<String, List<String>> sections) {
        Map<String, Pattern> joined = new LinkedHashMap<>();
        sections.forEach((name, list) ->
                joined.put(name, compile(String.join("|", list.stream().map(f -> "(?:" + f + ")").toList()))));
        this.patterns = Map.copyOf(joined);
    }

    private static Pattern compile(String fragment) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + fragment + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static CueLexicon load(String resource) {
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.strip().endsWith("]")) {
                    current = sections.computeIfAbsent(line.strip().substring(1, line.strip().length() - 1),
                            k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line.stripTrailing());
                }
            }
            return new CueLexicon(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole list as one pattern. */
    public Pattern pattern(String section) {
        Pattern p = patterns.get(section);
        if (p == null) throw new IllegalArgumentException("no cue list " + section);
        return p;
    }

    public boolean has(String section) {
        return patterns.containsKey(section);
    }

    public boolean find(String section, String text) {
        return pattern(section).matcher(text).find();
    }
}
