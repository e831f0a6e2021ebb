package nl.regioplan.pipeline.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One IZA theme of themes.md. The list lives in {@code iza-themes.tsv} next to this class, so a new accord is a
 * line of data, not code.
 *
 * @param label       short, for column titles
 * @param description the full wording of themes.md
 */
public record IzaTheme(String code, String label, String description) {
    private static final List<IzaTheme> ALL = load();

    /** Every theme, A to L then W: the column order of every matrix. */
    public static List<IzaTheme> all() {
        return ALL;
    }

    public static Optional<IzaTheme> byCode(String code) {
        if (code == null) return Optional.empty();
        String wanted = code.strip();
        return ALL.stream().filter(t -> t.code.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The theme a user typed, or an error that lists the codes. */
    public static IzaTheme require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown theme '" + code + "': use one of "
                + String.join(", ", ALL.stream().map(IzaTheme::code).toList())));
    }

    private static List<IzaTheme> load() {
        InputStream in = IzaTheme.class.getResourceAsStream("iza-themes.tsv");
        if (in == null) throw new IllegalStateException("iza-themes.tsv is missing from the classpath");
        List<IzaTheme> themes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                if (fields.length != 3) throw new IllegalStateException("iza-themes.tsv: not code, label, description: " + line);
                themes.add(new IzaTheme(fields[0].strip(), fields[1].strip(), fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(themes);
    }
}
