package nl.regioplan.extractors.mention;

import nl.regioplan.corpus.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each year of a sentence its role: the two ends of a period ("tussen 2015 en 2023", "2023 tot 2040"),
 * a baseline ("ten opzichte van 2020", "lager dan ... uit 2021"), a deadline (a year after publication with
 * "in", "uiterlijk", "vóór", "per", "op 1 januari", "eind", "Q3"), the publication date, or a plain reference.
 */
final class YearRoles {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern PERIOD = Pattern.compile(
            "^\\s*(?:-|–|—|tot en met|tot|t/m|en|naar)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_OPEN = Pattern.compile(
            "(?:tussen|van|vanaf|periode)\\s+(?:\\S+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASELINE = Folding.ignoringCase(
            "(?:ten opzichte van|t\\.o\\.v\\.|vergeleken met|in vergelijking met|uitgangssituatie|nulmeting|"
                    + "peiljaar|referentiejaar|basisjaar|\\bdan\\b[^.;]{0,60}\\buit)");
    private static final Pattern DEADLINE_CUE = Folding.ignoringCase(
            "(?:\\bin|\\buiterlijk(?:\\s+in)?|\\bvóór|\\bper|\\bop|\\beind|\\beinde|\\bbegin|\\bgedurende|\\bmedio|\\btegen|\\bhalverwege|"
                    + "\\bnajaar|\\bvoorjaar|\\bzomer)\\s+(?:(?:het\\s+)?(?:jaar|eind|einde|begin|najaar|voorjaar|"
                    + "(?:eerste|tweede|derde|vierde|laatste)\\s+kwartaal)\\s+(?:van\\s+)?)?$");
    private static final Pattern STRONG_CUE = Folding.ignoringCase(
            "(?:uiterlijk(?:\\s+(?:in|op|eind))?|vóór|kwartaal(?:\\s+van)?)\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+)?$");
    /** A sentence in the future tense: "in 2024" of a 2024 plan is then still to come ("wordt in 2024 vastgesteld"). */
    private static final Pattern FUTURE = Folding.ignoringCase(
            "(?<!\\p{L})(?:zal|zullen|gaat|gaan|willen|streven)(?!\\p{L})");
    private static final Pattern PUBLISHED = Pattern.compile(
            "gepubliceerd|verschenen|vastgesteld|uitgebracht|opgesteld|versie", Pattern.CASE_INSENSITIVE);

    List<Mention> assign(String sentence, List<Mention> years, Integer publicationYear, boolean yearAhead) {
        String[] roles = new String[years.size()];
        for (int i = 0; i + 1 < years.size(); i++) {
            Mention a = years.get(i);
            Mention b = years.get(i + 1);
            if (PERIOD.matcher(sentence.substring(a.end(), b.start())).matches()) {
                String between = sentence.substring(a.end(), b.start()).strip();
                boolean opened = PERIOD_OPEN.matcher(sentence.substring(0, a.start())).find();
                if (!between.equals("en") || opened) {
                    roles[i] = YearRole.PERIOD_START.label();
                    roles[i + 1] = YearRole.PERIOD_END.label();
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Mention y = years.get(i);
            String role = roles[i] != null ? roles[i] : role(sentence, y, i == 0 ? 0 : years.get(i - 1).end(),
                    publicationYear, yearAhead);
            out.add(new Mention(y.type(), y.value(), y.unit(), y.raw(), role, y.date(), y.start(), y.end()));
        }
        return out;
    }

    private static String role(String sentence, Mention year, int previousYearEnd, Integer publicationYear,
                               boolean yearAhead) {
        String before = sentence.substring(Math.max(previousYearEnd, year.start() - 90), year.start());
        Matcher baseline = BASELINE.matcher(before);
        if (baseline.find()) return YearRole.BASELINE.label();
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("sinds ") || lower.endsWith("vanaf ")) return YearRole.PERIOD_START.label();
        if (lower.endsWith("tot ") || lower.endsWith("tot en met ") || lower.endsWith("t/m ")) {
            return YearRole.PERIOD_END.label();
        }
        boolean datedRaw = year.date() != null || year.raw().toUpperCase(java.util.Locale.ROOT).startsWith("Q");
        // a plan may set a due date in its own year ("uiterlijk eind 2024", "vóór 1 juli 2024"), not a bare
        // "in 2024" or "op 22 november 2024", which in the year of writing mostly tell what happened, unless the
        // plan appeared early in that year
        boolean future = publicationYear == null || year.year() > publicationYear
                || year.year() == publicationYear && (yearAhead || STRONG_CUE.matcher(before).find()
                || FUTURE.matcher(sentence).find());
        if (future && (datedRaw || DEADLINE_CUE.matcher(before).find())) return YearRole.DEADLINE.label();
        boolean monthRaw = !FOUR_DIGITS.matcher(year.raw()).matches();
        if ((publicationYear == null || year.year() == publicationYear)
                && (monthRaw || PUBLISHED.matcher(sentence).find())) {
            return YearRole.PUBLICATION.label();
        }
        return YearRole.REFERENCE.label();
    }
}
