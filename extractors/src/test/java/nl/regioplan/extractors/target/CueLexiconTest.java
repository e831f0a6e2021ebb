package nl.regioplan.extractors.target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast cue search answers what the list's whole pattern answers, on every hand-annotated unit. */
class CueLexiconTest {
    private static final List<String> SECTIONS = List.of("forecast", "commitment", "process", "deliverable_verb",
            "deliverable_noun", "agreement", "ambition", "effort", "hedge", "routine", "state", "no_end_point",
            "schedule_excluded", "structure", "goal_heading", "within_norm", "le", "lt", "ge", "gt", "decrease", "increase");

    @ParameterizedTest
    @ValueSource(strings = {"target-cues-nl.txt", "comparators-nl.txt"})
    void findAgreesWithTheWholePatternOnEveryAnnotatedUnitAndItsHeadings(String resource) throws Exception {
        CueLexicon cues = CueLexicon.load(resource);
        List<String> texts = annotatedTexts();
        // the same units with a changed first letter's case and glued to a word before, where no cue may start
        List<String> variants = new ArrayList<>(texts);
        for (String t : texts) {
            if (t.isEmpty()) continue;
            variants.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
            variants.add(t.toUpperCase(java.util.Locale.ROOT));
            variants.add("x" + t);
            variants.add("1. " + t);
        }
        int checked = 0;
        int found = 0;
        for (String section : SECTIONS) {
            if (!cues.has(section)) continue;
            Pattern whole = cues.pattern(section);
            for (String text : variants) {
                boolean expected = whole.matcher(text).find();
                assertThat(cues.find(section, text)).as("[%s] in '%s'", section, text).isEqualTo(expected);
                checked++;
                if (expected) found++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
        assertThat(found).as("cues that do occur").isGreaterThan(100);
    }

    private static List<String> annotatedTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CueLexicon.class.getResourceAsStream("target-sentences-nl.tsv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] columns = line.split("\t", -1);
                for (int c : new int[]{7, 8, 9}) if (columns.length > c && !columns[c].isBlank()) texts.add(columns[c]);
            }
        }
        return texts;
    }
}
