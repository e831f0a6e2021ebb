package nl.regioplan.extractors.mention;

import nl.regioplan.corpus.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the percentages, numbers and years of one sentence in their Dutch forms ("10,2%", "5%-punt",
 * "procentpunt", "ruim 54%", "1.500 medewerkers", "Q1 2024", "1 januari 2025", "tussen 2015 en 2023",
 * "van 8,8 naar 3,4", "vijf", "de helft"). In "van X naar Y" X is marked as the baseline; "van X tot Y" is a range. Phone numbers, postcodes, URLs, footnote markers, list numbers, page
 * numbers, days of the month and chapter references are not mentions. Thread-safe; all patterns are linear
 * (no nested quantifiers), so a long block cannot make them backtrack.
 */
public final class MentionFinder {
    /** Compiled once: String.matches compiles its pattern on every call. */
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?:19[5-9]|20[0-5])\\d");
    private static final Pattern FIGURES = Pattern.compile("[\\d.,]+");
    static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";

    private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+|[\\w.-]+@[\\w.-]+");
    private static final Pattern NOT_A_MENTION = Pattern.compile(
            "(?<!\\d)0\\d{1,2}[ -]?\\d{3}[ -]?\\d{2,3}[ -]?\\d{2}(?!\\d)"
                    + "|(?<!\\d)0\\d{2,3}[ -]\\d{6,7}(?!\\d)"
                    + "|(?<![\\d.,])\\d{4} ?[A-Z]{2}(?!\\p{L})"
                    + "|(?<!\\d)\\d{1,2}[:.]\\d{2} ?uur");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\d.,/€])(?:19[5-9]|20[0-5])\\d(?![\\d%]|[,/]\\d|\\.\\d{3}(?!\\d)|-?\\p{L})");
    /** What may stand right before a year as part of it: a day and month, a month, or a quarter. */
    private static final Pattern YEAR_PREFIX = Folding.ignoringCase(
            "(?:(?<![\\d])(?<day>\\d{1,2})\\s+(?<month>" + MONTHS + ")\\s+|(?<![\\p{L}\\d])(?<month2>" + MONTHS + ")\\s+"
                    + "|(?<![\\p{L}\\d])(?<q>Q[1-4])\\s+(?:van\\s+)?)$");
    private static final Pattern QUALIFIER = Folding.ignoringCase(
            "(?<![\\p{L}])(?:ruim|bijna|ongeveer|circa|ca\\.|zo'n|nagenoeg|krap)\\s+$");
    private static final Pattern PERCENT = Folding.ignoringCase(
            "(?<![\\p{L}\\d.,])(?<num>" + NUM + ")\\s?"
                    + "(?<unit>%\\s?-\\s?punt(?:en)?|procentpunt(?:en)?|procent(?:punt(?:en)?)?|percentagepunt(?:en)?|%)"
                    + "(?![\\p{L}\\d])");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<euro>€\\s?)?(?<![\\p{L}\\d.,/+-])(?<num>" + NUM + ")(?![\\d\\p{L}]|[.,/]\\d)"
                    + "(?<scale>\\s?(?:mln\\.?|miljoen|mld\\.?|miljard)(?!\\p{L}))?"
                    + "(?<eurosuffix>\\s?euro(?!\\p{L}))?",
            Pattern.UNICODE_CASE);
    private static final Pattern DAY_OF_MONTH = Folding.ignoringCase(
            "^\\s*(?:(?:/|en|t/m|-)\\s*\\d{1,2}\\s+)?(?:" + MONTHS + ")(?!\\p{L})");
    /** Nouns a number after them refers to ("bijlage 3", "actie 2"), not a quantity. */
    private static final List<String> REFERENCE_NOUNS = List.of("nr.", "nummer", "bijlage", "hoofdstuk", "paragraaf",
            "blz.", "pagina", "p.", "fase", "stap", "niveau", "artikel", "art.", "programmalijn", "werkpakket", "tabel",
            "figuur", "thema", "doel", "doelstelling", "lijn", "randvoorwaarde", "onderdeel", "actie", "maatregel", "punt",
            "prioriteit", "opgave", "bron", "noot");
    private static final Pattern REFERENCE_NOUN = Folding.ignoringCase(
            REFERENCE_NOUNS.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")\\s*$")));
    /** What {@code \s*$} lets stand after a noun: {@code \s} and the line terminators {@code $} may precede. */
    private static final String TRAILING = " \t\n\u000B\f\r\u0085\u2028\u2029";
    private static final int LONGEST_REFERENCE_NOUN = REFERENCE_NOUNS.stream().mapToInt(String::length).max().orElseThrow();
    private static final Pattern FROM_TO = Folding.ignoringCase(
            "(?<![\\p{L}])van\\s+(?:een\\s+)?(?<from>" + NUM + ")\\s?(?<fromPct>%)?\\s+naar\\s+"
                    + "(?:een\\s+)?(?<to>" + NUM + ")\\s?(?<toPct>%)?");

    private final NumberWords numberWords = NumberWords.dutch();
    private final YearRoles yearRoles = new YearRoles();

    /**
     * @param sentence        one sentence, list item, heading or table cell
     * @param publicationYear the year the plan appeared (tells deadlines from history), or null when unknown
     */
    public List<Mention> find(String sentence, Integer publicationYear) {
        return find(sentence, publicationYear, false);
    }

    /**
     * @param yearAhead the publication year is still mostly ahead (the document appeared in its first half): a
     *                  bare "in 2022" of a 2022 document is then a due date
     */
    public List<Mention> find(String sentence, Integer publicationYear, boolean yearAhead) {
        if (isBareNumber(sentence)) return List.of();
        boolean digits = hasDigit(sentence);
        List<Mention> words = numberWords.find(sentence);
        // most sentences hold neither a digit nor a number word: skip the patterns altogether
        if (!digits && words.isEmpty()) return List.of();
        List<int[]> taken = new ArrayList<>();
        if (sentence.contains("@") || sentence.contains("http") || sentence.contains("www.")) {
            Matcher link = LINK.matcher(sentence);
            while (link.find()) taken.add(new int[]{link.start(), link.end()});
        }
        Matcher skip = NOT_A_MENTION.matcher(digits ? sentence : "");
        while (skip.find()) taken.add(new int[]{skip.start(), skip.end()});

        List<Mention> mentions = new ArrayList<>();
        List<Mention> years = new ArrayList<>();
        Matcher y = YEAR.matcher(digits ? sentence : "");
        while (y.find()) {
            if (overlaps(taken, y.start(), y.end())) continue;
            int year = Integer.parseInt(y.group());
            int start = y.start();
            String date = null;
            Matcher prefix = YEAR_PREFIX.matcher(sentence.substring(Math.max(0, start - 24), start));
            if (prefix.find()) {
                start = start - (prefix.end() - prefix.start());
                String month = prefix.group("month") != null ? prefix.group("month") : prefix.group("month2");
                if (prefix.group("day") != null) {
                    date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, monthNumber(month),
                            Integer.parseInt(prefix.group("day")));
                }
            }
            years.add(new Mention(MentionType.YEAR, year, null, sentence.substring(start, y.end()), null, date, start,
                    y.end()));
            taken.add(new int[]{start, y.end()});
        }
        mentions.addAll(yearRoles.assign(sentence, years, publicationYear, yearAhead));

        List<int[]> fromValues = new ArrayList<>();
        Matcher ft = FROM_TO.matcher(digits ? sentence : "");
        while (ft.find()) {
            fromValues.add(new int[]{ft.start("from"), ft.end("from")});
        }

        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean percentSign = sentence.indexOf('%') >= 0 || lower.contains("procent") || lower.contains("percentagepunt");
        Matcher p = PERCENT.matcher(digits && percentSign ? sentence : "");
        while (p.find()) {
            if (overlaps(taken, p.start(), p.end())) continue;
            String unitText = p.group("unit").toLowerCase(Locale.ROOT);
            String unit = unitText.contains("punt") ? "percentage_point" : "percent";
            int start = p.start();
            Matcher qualifier = QUALIFIER.matcher(sentence.substring(Math.max(0, start - 12), start));
            if (qualifier.find()) start -= qualifier.end() - qualifier.start();
            mentions.add(new Mention(MentionType.PERCENTAGE, DutchNumber.parse(p.group("num")), unit,
                    sentence.substring(start, p.end()), isFromValue(fromValues, p.start("num")) ? "baseline" : null,
                    null, start, p.end()));
            taken.add(new int[]{start, p.end()});
        }

        for (Mention w : words) {
            if (overlaps(taken, w.start(), w.end())) continue;
            mentions.add(w);
            taken.add(new int[]{w.start(), w.end()});
        }

        Matcher n = NUMBER.matcher(digits ? sentence : "");
        while (n.find()) {
            if (overlaps(taken, n.start(), n.end())) continue;
            Mention number = number(sentence, n, fromValues);
            if (number != null) mentions.add(number);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /**
     * The same answer as {@code REFERENCE_NOUN.matcher(before).find()}: a noun can only end where the trailing
     * white space (and a final line break, which {@code $} allows) starts, so the search starts no further back
     * than the longest noun. Searching the whole text before every number tried thirty nouns at each character.
     */
    private static boolean endsWithReferenceNoun(String before) {
        int end = before.length();
        while (end > 0 && TRAILING.indexOf(before.charAt(end - 1)) >= 0) end--;
        int from = Math.max(0, end - LONGEST_REFERENCE_NOUN);
        return REFERENCE_NOUN.matcher(before).region(from, before.length()).find();
    }

    private static Mention number(String sentence, Matcher n, List<int[]> fromValues) {
        int start = n.start("num");
        int end = n.end("num");
        String after = sentence.substring(end);
        String before = sentence.substring(0, start);
        if (before.isBlank() && (after.startsWith(".") || after.startsWith(")"))) return null;   // list numbering
        if (after.startsWith(")") && (before.endsWith(" ") || before.endsWith("("))) return null;
        if (DAY_OF_MONTH.matcher(after).find()) return null;
        if (endsWithReferenceNoun(before)) return null;
        if (PLAIN_YEAR.matcher(n.group("num")).matches()) return null;   // a year the year pattern declined
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

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean isBareNumber(String sentence) {
        String s = sentence.strip();
        return FIGURES.matcher(s).matches() && !PLAIN_YEAR.matcher(s).matches();
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
