package nl.regioplan.pipeline.cli;

import nl.regioplan.extractors.eval.EvaluationReport;
import nl.regioplan.extractors.eval.EvaluationSummary;
import nl.regioplan.extractors.eval.GoldTarget;
import nl.regioplan.extractors.eval.TargetEvaluation;
import nl.regioplan.extractors.eval.TargetFiles;
import nl.regioplan.extractors.party.GazetteerPartyFinder;
import nl.regioplan.extractors.plan.PlanRecordExtractor;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.mention.MentionFinder;
import nl.regioplan.extractors.target.TargetClassifier;
import nl.regioplan.extractors.target.TargetExtractor;
import nl.regioplan.extractors.target.TargetTrainingSet;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.theme.LexiconThemeTagger;
import nl.regioplan.pipeline.ingest.DocumentPreparation;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.source.FolderSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {
        "Score targets against hand annotations: per document and overall precision, recall and F1, field"
                + " accuracy on the matched targets, and confidence against observed precision.",
        "Without PRED.jsonl files, eval extracts the targets itself from each gold document's PDF, found in the"
                + " --pdf folders (default: the gold folder's ../corpus/pdf and the data folder's raw/).",
        "A document whose units are in the target classifier's training set is scored with a model trained"
                + " without it (leave-one-document-out).",
        "Targets match on document and statement text, not page; --details lists every miss, false positive"
                + " and wrong field."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD",
            description = "A gold JSONL file (gold/SCHEMA.md) or a folder of them, e.g. ../shared/gold (repeatable).")
    List<Path> gold;

    @Mixin
    PdfFolders pdfFolders;

    @Option(names = "--details", description = "Also list misses, false positives and wrong fields per document.")
    boolean details;

    @Parameters(paramLabel = "PRED.jsonl", arity = "0..*", description = "Predicted targets to score instead"
            + " (from `extract --records targets`).")
    List<Path> predicted = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Map<String, List<GoldTarget>> goldByDoc = TargetFiles.readGoldByDocument(gold);
        EvaluationSummary summary = new EvaluationSummary();
        List<String> skipped = new ArrayList<>();
        if (!predicted.isEmpty()) {
            List<TargetRecord> all = new ArrayList<>();
            for (Path p : predicted) all.addAll(TargetFiles.readPredictions(p));
            goldByDoc.forEach((doc, g) -> summary.add(doc, TargetEvaluation.evaluate(g,
                    all.stream().filter(t -> doc.equals(t.doc())).toList())));
        } else {
            extractAndScore(goldByDoc, summary, skipped);
        }
        System.out.print(summary.toTable());
        for (String s : skipped) System.out.println("not scored: " + s);
        if (details) {
            summary.byDocument().keySet().stream().sorted().forEach(doc -> {
                System.out.println("\n== " + doc);
                System.out.print(summary.byDocument().get(doc).toText());
            });
        }
        return summary.byDocument().isEmpty() ? 1 : 0;
    }

    private void extractAndScore(Map<String, List<GoldTarget>> goldByDoc, EvaluationSummary summary,
                                 List<String> skipped) {
        List<Path> folders = pdfFolders.searched(gold);
        PipelineComponents components = PipelineComponents.defaults();
        DocumentPreparation preparation = new DocumentPreparation(components);
        TargetTrainingSet training = TargetTrainingSet.bundled();
        System.err.printf("target classifier: %d annotated units of %d documents%n", training.units().size(),
                training.documents().size());
        int n = 0;
        for (Map.Entry<String, List<GoldTarget>> e : goldByDoc.entrySet()) {
            String doc = e.getKey();
            n++;
            Path pdf = folders.stream().map(f -> f.resolve(doc + ".pdf")).filter(Files::isRegularFile).findFirst().orElse(null);
            if (pdf == null) {
                skipped.add(doc + " (no " + doc + ".pdf in " + folders + ")");
                continue;
            }
            boolean heldOut = training.documents().contains(doc);
            TargetClassifier classifier = heldOut ? TargetClassifier.trainedWithout(doc::equals) : TargetClassifier.bundled();
            PlanRecordExtractor extractor = new PlanRecordExtractor(LexiconThemeTagger.loadDefault(),
                    GazetteerPartyFinder.loadDefault(),
                    new TargetExtractor(new MentionFinder(), classifier, TargetExtractor.DEFAULT_THRESHOLD));
            System.err.printf("[%d/%d] %s%s%n", n, goldByDoc.size(), doc, heldOut ? " (scored with a model trained without it)" : "");
            try {
                var prepared = preparation.prepare(FolderSource.describe(pdf), doc, extractor);
                EvaluationReport report = TargetEvaluation.evaluate(e.getValue(), prepared.records().targets());
                summary.add(doc, report);
            } catch (ExtractionException ex) {
                skipped.add(doc + " (" + ex.getMessage() + ")");
            }
        }
    }
}
