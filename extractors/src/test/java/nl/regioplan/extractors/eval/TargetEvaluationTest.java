package nl.regioplan.extractors.eval;

import nl.regioplan.extractors.records.TargetRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetEvaluationTest {
    private static final String DOC = "plan-x";

    private static TargetRecord pred(String text, Object deadline, Double quantity, String comparator) {
        return new TargetRecord(DOC, 1, "outcome", text, deadline, quantity, quantity == null ? null : "percent",
                comparator, null, null, null, false, null, null, null, null, List.of(1), "rule", 0.9);
    }

    private static List<GoldTarget> gold(String... jsonLines) throws Exception {
        return TargetFiles.parseGold(List.of(jsonLines));
    }

    private static String line(String text, int deadline, Double quantity, String comparator, String dupOf) {
        return "{\"doc\":\"" + DOC + "\",\"page\":null,\"kind\":\"outcome\",\"text\":\"" + text + "\",\"deadline\":"
                + deadline + ",\"quantity\":" + quantity + ",\"unit\":" + (quantity == null ? "null" : "\"percent\"")
                + ",\"comparator\":\"" + comparator + "\",\"baseline_value\":null,\"baseline_year\":null,"
                + "\"subject\":\"s\",\"source_quoted\":false,\"dup_of\":" + dupOf + "}";
    }

    @Test
    void scoresMatchesMissesAndFalsePositives() throws Exception {
        List<GoldTarget> gold = gold(
                line("In 2027 heeft minder dan 50% van de jongeren psychische klachten.", 2027, 50.0, "lt", "null"),
                line("In 2030 zijn de wachttijden binnen de Treeknorm.", 2030, null, "within_norm", "null"));
        EvaluationReport r = TargetEvaluation.evaluate(gold, List.of(
                pred("In 2027 heeft minder dan 50% van de jongeren in de regio psychische klachten.", 2027, 50.0, "lt"),
                pred("Het regiobeeld verscheen in juni 2023.", null, null, null)));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).hasSize(1);
        assertThat(r.misses()).extracting(GoldTarget::line).containsExactly(2);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isEqualTo(0.5);
        assertThat(r.toText()).contains("precision 0.500", "recall 0.500", "F1 0.500");
    }

    @Test
    void fieldAccuracyIsMeasuredOnMatchedTargets() throws Exception {
        List<GoldTarget> gold = gold(line("In 2027 is het verzuim met 5% gedaald.", 2027, 5.0, "decrease", "null"));
        EvaluationReport r = TargetEvaluation.evaluate(gold,
                List.of(pred("In 2027 is het verzuim met 5% gedaald.", 2026, 5.0, "decrease")));
        assertThat(r.fields().get("deadline").accuracy()).isEqualTo(0.0);
        assertThat(r.fields().get("quantity").accuracy()).isEqualTo(1.0);
        assertThat(r.fields().get("comparator").accuracy()).isEqualTo(1.0);
        assertThat(r.matches().getFirst().wrongFields()).singleElement().asString().startsWith("deadline");
    }

    @Test
    void goldRepeatsAreOneTargetAndExtraPredictionsOfThemAreNotPenalised() throws Exception {
        List<GoldTarget> gold = gold(
                line("In 2030 zijn de wachttijden binnen de Treeknorm.", 2030, null, "within_norm", "null"),
                line("In 2030 zijn de wachttijden in de regio binnen de Treeknorm.", 2030, null, "within_norm", "\"line 1\""));
        EvaluationReport r = TargetEvaluation.evaluate(gold, List.of(
                pred("In 2030 zijn de wachttijden binnen de Treeknorm.", 2030, null, "within_norm"),
                pred("In 2030 zijn de wachttijden in de regio binnen de Treeknorm.", 2030, null, "within_norm")));
        assertThat(r.goldTargets()).isEqualTo(1);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.falsePositives()).isEmpty();
        assertThat(r.f1()).isEqualTo(1.0);
    }

    @Test
    void aTemplateSentenceRepeatedInTwoSectionsPairsWithTheGoldOfItsOwnPage() throws Exception {
        String text = "Er is een evaluatie uitgevoerd.";
        List<GoldTarget> gold = gold(line(text, 2026, null, "null", "null").replace("\"page\":null", "\"page\":4"),
                line(text, 2026, null, "null", "null").replace("\"page\":null", "\"page\":9"));
        TargetRecord onFour = new TargetRecord(DOC, 4, "milestone", text, 2026, null, null, null, null, null, null, false,
                null, null, null, null, List.of(4), "rule", 0.9);
        TargetRecord onNine = new TargetRecord(DOC, 9, "milestone", text, 2026, null, null, null, null, null, null, false,
                null, null, null, null, List.of(9), "rule", 0.9);
        EvaluationReport report = TargetEvaluation.evaluate(gold, List.of(onNine, onFour));
        assertThat(report.truePositives()).isEqualTo(2);
        assertThat(report.misses()).isEmpty();
        assertThat(report.matches()).allSatisfy(m -> assertThat(m.predicted().pages()).contains(m.gold().page()));
    }

    @Test
    void matchingIsOneToOneAndPerDocument() throws Exception {
        List<GoldTarget> gold = gold(line("In 2027 is het verzuim met 5% gedaald.", 2027, 5.0, "decrease", "null"));
        TargetRecord same = pred("In 2027 is het verzuim met 5% gedaald.", 2027, 5.0, "decrease");
        TargetRecord otherDoc = new TargetRecord("plan-y", 1, "outcome", same.text(), 2027, 5.0, "percent", "decrease",
                null, null, null, false, null, null, null, null, List.of(1), "rule", 0.9);
        EvaluationReport r = TargetEvaluation.evaluate(gold, List.of(same, otherDoc));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).containsExactly(otherDoc);
    }

    @Test
    void predictionsRoundTripThroughJsonLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TargetRecord dated = new TargetRecord(DOC, 3, "milestone", "Op 1 juli 2025 is het plan gereed.", "2025-07-01",
                null, null, null, null, null, "plan", true, "Noord", List.of("MW"), List.of("GGD Noord"), "A > B",
                List.of(3, 9), "rule", 0.6);
        TargetRecord yearly = pred("In 2027 is het verzuim met 5% gedaald.", 2027, 5.0, "decrease");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.nio.file.Path file = dir.resolve("targets.jsonl");
        java.nio.file.Files.writeString(file, json.writeValueAsString(dated) + "\n" + json.writeValueAsString(yearly) + "\n");
        assertThat(TargetFiles.readPredictions(file)).containsExactly(dated, yearly);
        assertThat(json.writeValueAsString(dated)).contains("\"baseline_value\":null", "\"source_quoted\":true");
    }

    @Test
    void pageReferencesInDupOfResolveToTheFirstStatementOnThatPage() throws Exception {
        String first = "{\"doc\":\"plan-x\",\"page\":4,\"kind\":\"outcome\",\"text\":\"In 2030 is de wachttijd binnen de norm.\","
                + "\"deadline\":2030,\"dup_of\":null}";
        String repeat = "{\"doc\":\"plan-x\",\"page\":12,\"kind\":\"outcome\",\"text\":\"In 2030 is de wachttijd binnen de norm.\","
                + "\"deadline\":2030,\"dup_of\":4}";
        List<GoldTarget> gold = gold(first, repeat);
        assertThat(gold.get(1).group()).isEqualTo(1);
    }
}
