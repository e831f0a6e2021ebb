package nl.regioplan.extractors.plan;

import nl.regioplan.corpus.text.Folding;
import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a plan appeared, which tells its deadlines from its history: the catalogue's, when it gives one.
 * Otherwise the candidates are the PDF's creation date,
 * and the year in its id or title ("regioplan-achterhoek-2023"; a period "2024-2026" names the plan's first
 * year, so the plan appeared the year before). The earliest candidate wins: a PDF re-saved later or a title
 * naming a later year would otherwise turn real deadlines into history. When neither tells, the month-dated
 * year written most often on the first pages ("December 2023" on a cover), else null.
 */
public final class PublicationYear {
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)(20[0-5]\\d)[\\s_–-]+(20[0-5]\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-5]\\d)(?!\\d)");
    private static final Pattern MONTH_YEAR = Folding.ignoringCase(
            "(?<!\\p{L})(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                    + "\\s+(20[0-5]\\d)(?!\\d)");
    private static final int FRONT_PAGES = 3;

    private PublicationYear() {
    }

    /** Decided once per document at ingest (the catalog keeps it); the record extractor takes the context's year. */
    public static Integer of(DocumentText text, DocumentContext context) {
        // a catalogue that gives the publication date knows better than any guess from the file
        if (context != null && context.publicationYear() != null) return context.publicationYear();
        List<Integer> candidates = new ArrayList<>();
        for (String source : new String[]{context == null ? null : context.doc(),
                context == null ? null : context.title(), text.doc(),
                text.metadata() == null ? null : text.metadata().title()}) {
            Integer year = named(source);
            if (year != null) {
                candidates.add(year);
                break;
            }
        }
        if (text.metadata() != null && text.metadata().created() != null) {
            Matcher m = YEAR.matcher(text.metadata().created());
            if (m.find()) candidates.add(Integer.parseInt(m.group(1)));
        }
        return candidates.isEmpty() ? datedOnFrontPages(text) : Collections.min(candidates);
    }

    private static Integer datedOnFrontPages(DocumentText text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PageText page : text.pages().subList(0, Math.min(FRONT_PAGES, text.pages().size()))) {
            Matcher m = MONTH_YEAR.matcher(page.text());
            while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Integer named(String source) {
        if (source == null) return null;
        Matcher period = PERIOD.matcher(source);
        if (period.find()) return Integer.parseInt(period.group(1)) - 1;
        Matcher year = YEAR.matcher(source);
        return year.find() ? Integer.parseInt(year.group(1)) : null;
    }
}
