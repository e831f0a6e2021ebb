package nl.regioplan.extractors.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the percentages, numbers and years of one sentence in their Dutch forms ("10,2%", "5%-punt",
 * "procentpunt", "ruim 54%", "1.500 medewerkers", "Q1 2024", "1 januari 2025", "tussen 2015 en 2023",
 * "van 8,8 naar 3,4", "vijf", "de helft"). Phone numbers, postcodes, URLs, footnote markers, list numbers, page
 * numbers, days of the month and chapter references are not mentions. Thread-safe; all patterns are linear
 * (no nested quantifiers), so a long block cannot make them backtrack.
 */
public final class MentionFinder {
    static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    private static final Pattern NOT_A_MENTION = Pattern.compile(
            "https?://\\S+|www\\.\\S+|[\\w.-]+@[\\w.-]+"
                    + "|(?<!\\d)0\\d{1,2}[ -]?\\d{3}[ -]?\\d{2,3}[ -]?\\d{2}(?!\\d)"
                    + "|(?<!\\d)0\\d{2,3}[ -]\\d{6,7}(?!\\d)"
                    + "|(?<![\\d.,])\\d{4} ?[A-Z]{2}(?!\\p{L})"
                    + "|(?<!\\d)\\d{1,2}[:.]\\d{2} ?uur");
    private static final Pattern YEAR = Pattern.compile(
            "(?:(?<day>\\d{1,2})\\s+(?<month>" + MONTHS + ")\\s+|(?<month2>" + MONTHS + ")\\s+"
                    + "|(?<q>Q[1-4])\\s+(?:van\\s+)?)?"
                    + "(?<![\\p{L}\\d.,/€])(?<year>(?:19[5-9]|20[0-5])\\d)(?![\\d%]|[,/]\\d|\\.\\d{3}(?!\\d)|-?\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?:(?<qual>ruim|bijna|ongeveer|circa|ca\\.|zo'n|nagenoeg|krap)\\s+)?"
                    + "(?<![\\p{L}\\d.,])(?<num>" + NUM + ")\\s?"
                    + "(?<unit>%\\s?-\\s?punt(?:en)?|procentpunt(?:en)?|procent(?:punt(?:en)?)?|percentagepunt(?:en)?|%)"
                    + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<euro>€\\s?)?(?<![\\p{L}\\d.,/+-])(?<num>" + NUM + ")(?![\\d\\p{L}]|[.,/]\\d)"
                    + "(?<scale>\\s?(?:mln\\.?|miljoen|mld\\.?|miljard)(?!\\p{L}))?"
                    + "(?<eurosuffix>\\s?euro(?!\\p{L}))?",
            Pattern.UNICODE_CASE);
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "^\\s*(?:(?:/|en|t/m|-)\\s*\\d{1,2}\\s+)?(?:" + MONTHS + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REFERENCE_NOUN = Pattern.compile(
            "(?:nr\\.|nummer|bijlage|hoofdstuk|paragraaf|blz\\.|pagina|p\\.|fase|stap|niveau|artikel|art\\.|"
                    + "programmalijn|werkpakket|tabel|figuur|thema|doel|lijn)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_TO = Pattern.compile(
            "(?<![\\p{L}])van\\s+(?:een\\s+)?(?<from>" + NUM + ")\\s?(?<fromPct>%)?\\s+(?:tot|naar)\\s+"
                    + "(?:een\\s+)?(?<to>" + NUM + ")\\s?(?<toPct>%)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final NumberWords numberWords = NumberWords.dutch();
    private final YearRoles yearRoles = new YearRoles();

    /**
     * @param sentence        one sentence, list item, heading or table cell
     * @param publicationYear the year the plan appeared (tells deadlines from history), or null when unknown
     */
    public List<Mention> find(String sentence, Integer publicationYear) {
        if (isBareNumber(sentence)) return List.of();
        List<int[]> taken = new ArrayList<>();
        Matcher skip = NOT_A_MENTION.matcher(sentence);
        while (skip.find()) taken.add(new int[]{skip.start(), skip.end()});

        List<Mention> mentions = new ArrayList<>();
        List<Mention> years = new ArrayList<>();
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (overlaps(taken, y.start(), y.end())) continue;
            int year = Integer.parseInt(y.group("year"));
            String month = y.group("month") != null ? y.group("month") : y.group("month2");
            String date = y.group("day") != null
                    ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, monthNumber(month), Integer.parseInt(y.group("day")))
                    : null;
            years.add(new Mention(MentionType.YEAR, year, null, y.group(), null, date, y.start(), y.end()));
            taken.add(new int[]{y.start(), y.end()});
        }
        mentions.addAll(yearRoles.assign(sentence, years, publicationYear));

        List<int[]> fromValues = new ArrayList<>();
        Matcher ft = FROM_TO.matcher(sentence);
        while (ft.find()) {
            fromValues.add(new int[]{ft.start("from"), ft.end("from")});
        }

        Matcher p = PERCENT.matcher(sentence);
        while (p.find()) {
            if (overlaps(taken, p.start(), p.end())) continue;
            String unitText = p.group("unit").toLowerCase(Locale.ROOT);
            String unit = unitText.contains("punt") ? "percentage_point" : "percent";
            mentions.add(new Mention(MentionType.PERCENTAGE, DutchNumber.parse(p.group("num")), unit, p.group(),
                    isFromValue(fromValues, p.start("num")) ? "baseline" : null, null, p.start(), p.end()));
            taken.add(new int[]{p.start(), p.end()});
        }

        Matcher w = numberWords.pattern().matcher(sentence);
        while (w.find()) {
            if (overlaps(taken, w.start(), w.end())) continue;
            NumberWords.Entry entry = numberWords.lookup(w.group());
            if (entry == null) continue;
            mentions.add(entry.percent()
                    ? new Mention(MentionType.PERCENTAGE, entry.value(), "percent", w.group(), null, null, w.start(), w.end())
                    : new Mention(MentionType.NUMBER, entry.value(), "count", w.group(), null, null, w.start(), w.end()));
            taken.add(new int[]{w.start(), w.end()});
        }

        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) {
            if (overlaps(taken, n.start(), n.end())) continue;
            Mention number = number(sentence, n, fromValues);
            if (number != null) mentions.add(number);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static Mention number(String sentence, Matcher n, List<int[]> fromValues) {
        int start = n.start("num");
        int end = n.end("num");
        String after = sentence.substring(end);
        String before = sentence.substring(0, start);
        if (before.isBlank() && (after.startsWith(".") || after.startsWith(")"))) return null;   // list numbering
        if (after.startsWith(")") && (before.endsWith(" ") || before.endsWith("("))) return null;
        if (DAY_OF_MONTH.matcher(after).find()) return null;
        if (REFERENCE_NOUN.matcher(before).find()) return null;
        if (n.group("num").matches("(?:19[5-9]|20[0-5])\\d")) return null;   // a year the year pattern declined
        double value;
        try {
            value = DutchNumber.parse(n.group("num"));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = "count";
        if (n.group("euro") != null || n.group("eurosuffix") != null) unit = "euro";
        if (n.group("scale") != null) {
            String scale = n.group("scale").strip().toLowerCase(Locale.ROOT);
            value *= scale.startsWith("mld") || scale.startsWith("miljard") ? 1e9 : 1e6;
            if (n.group("euro") != null || n.group("eurosuffix") != null) unit = "euro";
        }
        // "65-plussers", "24-uurs", "18+": an age or a duration, not a count of anything
        if (after.startsWith("-") || after.startsWith("+")) unit = null;
        String role = isFromValue(fromValues, start) ? "baseline" : null;
        return new Mention(MentionType.NUMBER, value, unit, n.group().strip(), role, null, n.start(), n.end());
    }

    private static boolean isBareNumber(String sentence) {
        String s = sentence.strip();
        return s.matches("[\\d.,]+") && !s.matches("(?:19[5-9]|20[0-5])\\d");
    }

    private static boolean isFromValue(List<int[]> fromValues, int start) {
        for (int[] f : fromValues) if (f[0] == start) return true;
        return false;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (start < s[1] && s[0] < end) return true;
        return false;
    }

    static int monthNumber(String month) {
        List<String> months = List.of(MONTHS.split("\\|"));
        return months.indexOf(month.toLowerCase(Locale.ROOT)) + 1;
    }
}
