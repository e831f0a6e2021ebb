package nl.regioplan.extractors.target;

import nl.regioplan.extractors.mention.MentionFinder;
import nl.regioplan.extractors.block.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned decision trains from the shipped annotations and ranks plain shapes as a reader would. */
class TargetClassifierTest {
    private final MentionFinder mentions = new MentionFinder();

    private double p(TargetClassifier c, String text, TargetContext context) {
        return c.probability(text, mentions.find(text, context.publicationYear()), context);
    }

    @Test
    void theShippedAnnotationsAreReadAndEveryRowIsComplete() {
        TargetTrainingSet set = TargetTrainingSet.bundled();
        assertThat(set.units()).hasSizeGreaterThan(1000);
        assertThat(set.documents()).hasSizeGreaterThan(20);
        assertThat(set.units()).allSatisfy(u -> {
            assertThat(u.text()).isNotBlank();
            assertThat(u.doc()).isNotBlank();
            if (u.target()) assertThat(u.kind()).isIn("outcome", "milestone", "ambition");
        });
        long targets = set.units().stream().filter(TargetTrainingSet.Unit::target).count();
        assertThat(targets).as("positives and negatives both present").isBetween(100L, set.units().size() - 100L);
    }

    @Test
    void aCommitmentWithADateOutranksAStatisticAboutThePast() {
        TargetClassifier c = TargetClassifier.bundled();
        TargetContext plain = new TargetContext(2024, false, null, null, BlockKind.PARAGRAPH, null, null, 0);
        double commitment = p(c, "In 2026 hebben alle gemeenten in de regio een lokaal preventieakkoord gesloten.", plain);
        double statistic = p(c, "In 2022 rookte 19% van de volwassenen in de regio dagelijks.", plain);
        assertThat(commitment).isGreaterThan(statistic);
    }

    @Test
    void aModelTrainedWithoutADocumentHasNotSeenIt() {
        String doc = TargetTrainingSet.bundled().documents().iterator().next();
        TargetClassifier without = TargetClassifier.trainedWithout(doc::equals);
        long units = TargetTrainingSet.bundled().units().stream().filter(u -> !u.doc().equals(doc)).count();
        assertThat(without.trainedOn()).isEqualTo((int) units);
        assertThat(TargetClassifier.bundled().trainedOn()).isGreaterThan(without.trainedOn());
    }

    @Test
    void aBrokenTrainingFileIsRefusedWithTheLine() {
        String header = "doc\tpage\tpublished\tlabel\tkind\tdeadline\tunit\theading\tintro\ttext\treason\n";
        var bad = new java.io.ByteArrayInputStream((header + "d\t1\t2024\tmaybe\t\t\t\t\t\tTekst\t\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TargetTrainingSet.read(bad))
                .hasMessageContaining("line 2").hasMessageContaining("target or none");
    }

    @Test
    void featuresNameTheShapeOfAResultAndOfAnEffort() {
        assertThat(TargetFeatures.shape(TargetFeatures.words("Er is een coördinator aangesteld."))).contains("er_is")
                .contains("participle_last");
        assertThat(TargetFeatures.shape(TargetFeatures.words("Het versterken van de samenwerking."))).contains("nominal");
        assertThat(List.of(new TargetFeatures(CueLexicon.load("target-cues-nl.txt")).of("Waar mogelijk sluiten we aan.",
                List.of(), TargetContext.plain(2024)))).contains("cue=hedge");
    }
}
