package nl.regioplan.extractors.target;

import nl.regioplan.extractors.mention.Mention;
import nl.regioplan.extractors.mention.MentionFinder;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The learned half of the target decision: an OpenNLP maximum-entropy model over {@link TargetFeatures}, trained
 * from the annotated units the project ships ({@code target-sentences-nl.tsv}: doc, page, label, reason and the
 * context each unit stood in). Training takes about a second, so the model is trained on first use rather than
 * shipped as an opaque binary; {@link #trainedWithout} trains one that leaves documents out, for held-out
 * figures. Thread-safe once built.
 */
public final class TargetClassifier {
    static final String TARGET = "target";
    private static final int ITERATIONS = 200;
    /** The L2 penalty; 0.3 to 3 gave the same leave-one-document-out F1 on the training units, 1 is the middle. */
    private static final double L2_COST = 1.0;

    private final MaxentModel model;
    private final MaxentModel kinds;
    private final TargetFeatures features;
    private final int targetIndex;
    private final int trainedOn;

    private TargetClassifier(MaxentModel model, MaxentModel kinds, TargetFeatures features, int trainedOn) {
        this.model = model;
        this.kinds = kinds;
        this.features = features;
        this.targetIndex = model.getIndex(TARGET);
        this.trainedOn = trainedOn;
    }

    /** The model trained on every shipped unit. */
    public static TargetClassifier bundled() {
        return Holder.BUNDLED;
    }

    /** A model trained on the shipped units whose document does not satisfy {@code leaveOut}. */
    public static TargetClassifier trainedWithout(Predicate<String> leaveOut) {
        return train(TargetTrainingSet.bundled().units().stream().filter(u -> !leaveOut.test(u.doc())).toList());
    }

    static TargetClassifier train(List<TargetTrainingSet.Unit> units) {
        CueLexicon cues = CueLexicon.load("target-cues-nl.txt");
        TargetFeatures features = new TargetFeatures(cues);
        MentionFinder mentions = new MentionFinder();
        List<Event> events = new ArrayList<>(units.size());
        List<Event> kindEvents = new ArrayList<>();
        for (TargetTrainingSet.Unit u : units) {
            TargetContext context = u.context();
            List<Mention> found = mentions.find(u.text(), context.publicationYear());
            String[] f = features.of(u.text(), found, context);
            events.add(new Event(u.target() ? TARGET : "none", f));
            if (u.target() && u.kind() != null) kindEvents.add(new Event(u.kind(), f));
        }
        return new TargetClassifier(fit(events), fit(kindEvents), features, units.size());
    }

    private static MaxentModel fit(List<Event> events) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        // quasi-Newton maximum entropy with an L2 penalty: a few thousand units and tens of thousands of
        // features overfit plain GIS (every training unit right, held-out documents wrong)
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put("L1Cost", 0.0);
        parameters.put("L2Cost", L2_COST);
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try (ObjectStream<Event> stream = ObjectStreamUtils.createObjectStream(events)) {
            return trainer.train(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The probability that the unit is a target. */
    public double probability(String text, List<Mention> mentions, TargetContext context) {
        return model.eval(features.of(text, mentions, context))[targetIndex];
    }

    /** The likelier kind of a target: "milestone" (a dated deliverable or action) or "outcome" (a state). */
    public String kind(String text, List<Mention> mentions, TargetContext context) {
        return kinds.getBestOutcome(kinds.eval(features.of(text, mentions, context)));
    }

    public int trainedOn() {
        return trainedOn;
    }

    private static final class Holder {
        static final TargetClassifier BUNDLED = train(TargetTrainingSet.bundled().units());
    }
}
