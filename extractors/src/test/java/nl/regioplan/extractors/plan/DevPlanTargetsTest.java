package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.eval.EvaluationReport;
import nl.regioplan.extractors.eval.GoldTarget;
import nl.regioplan.extractors.eval.TargetEvaluation;
import nl.regioplan.extractors.eval.TargetFiles;
import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Targets of the dev plan (Midden-IJssel seed text) against its gold annotation. Prints precision, recall, F1
 * and field accuracies; asserts the figures reached. Skipped when ../shared is not there.
 */
class DevPlanTargetsTest {
    static Path shared;

    @BeforeAll
    static void locateShared() {
        shared = Path.of(System.getProperty("regioplan.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("gold")), "../shared (gold and seeds) is not available: " + shared);
    }

    static DocumentRecords extract(String seed) throws Exception {
        DocumentText text = SeedTextAdapter.read(shared.resolve("corpus/seeds/" + seed + ".txt"));
        PlanRecordExtractor extractor = new PlanRecordExtractor(t -> List.of(), (t, sentences, s) -> List.of());
        return extractor.extract(text, new DocumentContext(seed, null, null));
    }

    @Test
    void middenIJsselTargetsMatchTheGold() throws Exception {
        DocumentRecords records = extract("regioplan-midden-ijssel-2023");
        List<GoldTarget> gold = TargetFiles.readGold(shared.resolve("gold/gold_midden_ijssel.jsonl"));
        EvaluationReport report = TargetEvaluation.evaluate(gold, records.targets());
        System.out.println(report.toText());
        // the rules were once written against this plan alone (F1 0.98 here, 0.08-0.39 on real plans); the
        // structural rules and the classifier trade some of that for real plans. Reached: 0.82 (see the printout)
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.80);
        for (String field : List.of("deadline", "quantity", "unit", "comparator", "baseline_value", "baseline_year")) {
            assertThat(report.fields().get(field).accuracy()).as(field).isGreaterThanOrEqualTo(0.90);
        }
    }

    /** A cruder text stage: no headings or list items recognised, bullets left in paragraph text. */
    @Test
    void middenIJsselTargetsWithoutBlockKinds() throws Exception {
        DocumentText text = SeedTextAdapter.read(shared.resolve("corpus/seeds/regioplan-midden-ijssel-2023.txt"));
        List<PageText> flat = text.pages().stream().map(p -> new PageText(p.number(), p.blocks().stream()
                .map(b -> new Block(BlockKind.PARAGRAPH, b.kind() == BlockKind.LIST_ITEM ? "• " + b.text() : b.text()))
                .toList(), false, null)).toList();
        DocumentRecords records = new PlanRecordExtractor(t -> List.of(), (t, sentences, s) -> List.of()).extract(
                new DocumentText(text.doc(), "", text.metadata(), flat),
                new DocumentContext(text.doc(), null, null));
        EvaluationReport report = TargetEvaluation.evaluate(
                TargetFiles.readGold(shared.resolve("gold/gold_midden_ijssel.jsonl")), records.targets());
        System.out.println("without block kinds:\n" + report.toText());
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.80);
    }

    /** The Achterhoek seed holds only the plan's first pages (introduction, process): it should yield no targets. */
    @Test
    void achterhoekTargetsForEyeballing() throws Exception {
        DocumentRecords records = extract("regioplan-achterhoek-2023");
        System.out.println("Achterhoek (held out): " + records.targets().size() + " targets");
        for (TargetRecord t : records.targets()) {
            System.out.printf("  [p%d %s d=%s q=%s %s %s] %s%n", t.page(), t.kind(), t.deadline(), t.quantity(),
                    t.unit(), t.comparator(), t.text());
        }
    }
}
