package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Percentages and years of the dev plan (Midden-IJssel seed) against lists made by reading the seed text line by
 * line (URLs, phone numbers and footnote markers left out; repeats counted each time they are written). Prints
 * precision and recall and what differs. Skipped when ../shared is not there.
 */
class DevPlanMentionsTest {
    /** Every percentage as written, in reading order; "pp" marks a percentage point. */
    private static final String PERCENTAGES = """
            78 12 59 4 0 57 10 27 35 53 49 49 39 50 9 45 3,4 4,8 58 19 70 10,9 18,3 8,8 18,4 78,7 19 79 31 5
            31 11,9 43,7 16,3 18,7 5,4 9,7 5,5 4,6 22 13 37 20 22 20 10,2 8,8 7,2 19,2 17,9 54 52 27,8 36,5
            5 31,1 5pp 19 70 50 5 68,9 10,9 18,3 8,8 18,4 78,7 5pp 19 70 10,9 18,3 8,8 18,4 78,7 50 50
            """;
    /** Every year as written, in reading order (years inside URLs are not mentions). */
    private static final String YEARS = """
            2023 2022 2024 2023 2033 2024 2024 2022 2021 2023 2023 2023 2023 2023 2023 2021 2030 2023 2040
            2023 2040 2023 2040 2022 2022 2022 2015 2023 2033 2025 2030 2033 2030 2033 2033 2020 2033 2033
            2025 2020 2027 2023 2027 2027 2033 2033 2033 2027 2021 2027 2027 2025 2027 2030 2033 2026 2026
            2029 2026 2023 2025 2030 2025 2033 2023 2030 2033 2033 2033 2033 2022 2032 2025 2020 2027 2023
            2027 2027 2033 2033 2033 2027 2021 2027 2027 2021 2024 2025 2024 2024 2024 2024 2027 2024 2024
            2023 2026 2024
            """;

    @BeforeAll
    static void locateShared() {
        DevPlanTargetsTest.locateShared();
    }

    @Test
    void percentagesAreFoundWithPrecisionAndRecallOf98() throws Exception {
        DocumentRecords records = DevPlanTargetsTest.extract("regioplan-midden-ijssel-2023");
        List<String> expected = new ArrayList<>();
        for (String p : PERCENTAGES.strip().split("\\s+")) {
            expected.add(p.endsWith("pp") ? key(p.substring(0, p.length() - 2), "percentage_point") : key(p, "percent"));
        }
        List<String> found = records.percentages().stream()
                .map(m -> key(String.format(Locale.ROOT, "%s", trim(m.value())), m.unit())).toList();
        assertScores("percentages", expected, found, records.percentages());
    }

    @Test
    void yearsAreFoundWithPrecisionAndRecallOf98() throws Exception {
        DocumentRecords records = DevPlanTargetsTest.extract("regioplan-midden-ijssel-2023");
        List<String> expected = List.of(YEARS.strip().split("\\s+"));
        List<String> found = records.years().stream().map(m -> String.valueOf((int) m.value())).toList();
        assertScores("years", expected, found, records.years());
    }

    private static void assertScores(String what, List<String> expected, List<String> found, List<MentionRecord> records) {
        Map<String, Integer> left = new HashMap<>();
        for (String e : expected) left.merge(e, 1, Integer::sum);
        int right = 0;
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String f = found.get(i);
            if (left.getOrDefault(f, 0) > 0) {
                left.merge(f, -1, Integer::sum);
                right++;
            } else {
                extra.add(f + " in \"" + records.get(i).text() + "\"");
            }
        }
        double precision = found.isEmpty() ? 0 : (double) right / found.size();
        double recall = (double) right / expected.size();
        System.out.printf(Locale.ROOT, "%s: expected %d, found %d, precision %.3f, recall %.3f%n", what,
                expected.size(), found.size(), precision, recall);
        left.forEach((k, v) -> {
            if (v > 0) System.out.println("  missed " + v + "x " + k);
        });
        extra.forEach(e -> System.out.println("  extra " + e));
        assertThat(precision).isGreaterThanOrEqualTo(0.98);
        assertThat(recall).isGreaterThanOrEqualTo(0.98);
    }

    private static String key(String dutchNumber, String unit) {
        return trim(Double.parseDouble(dutchNumber.replace(',', '.'))) + " " + unit;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
