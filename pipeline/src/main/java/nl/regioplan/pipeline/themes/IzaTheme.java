package nl.regioplan.pipeline.themes;

import java.util.List;
import java.util.Optional;
import nl.regioplan.extractors.theme.ThemeCatalog;

/**
 * One IZA theme of themes.md, as the pipeline's views use it. The list is the extractors' theme catalogue
 * ({@link ThemeCatalog}, {@code themes.tsv}), so the records and every view name a theme alike and a new accord
 * is a line of data, not code.
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
        return ThemeCatalog.all().stream().map(t -> new IzaTheme(t.code(), t.label(), t.description())).toList();
    }
}
