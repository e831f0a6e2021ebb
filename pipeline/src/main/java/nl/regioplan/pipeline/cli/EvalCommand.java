package nl.regioplan.pipeline.cli;

import nl.regioplan.extractors.eval.EvaluationReport;
import nl.regioplan.extractors.eval.TargetEvaluation;
import nl.regioplan.extractors.eval.TargetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "eval", description = {
        "Score predicted targets against hand annotations: precision, recall and F1.",
        "PRED.jsonl is what `regioplan extract --records targets` writes. The report adds field accuracy on the"
                + " matched targets, the misses and the false positives. Targets match on document and statement"
                + " text, not page."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold targets (gold/SCHEMA.md).")
    Path gold;

    @Parameters(paramLabel = "PRED.jsonl", description = "Predicted targets.")
    Path predicted;

    @Override
    public Integer call() throws Exception {
        EvaluationReport report = TargetEvaluation.evaluate(TargetFiles.readGold(gold), TargetFiles.readPredictions(predicted));
        System.out.println(report.toText());
        return 0;
    }
}
