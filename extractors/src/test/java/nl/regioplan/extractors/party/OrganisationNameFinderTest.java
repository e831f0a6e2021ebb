package nl.regioplan.extractors.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

class OrganisationNameFinderTest {
    @Test
    void theShippedModelWasTrainedOnTheShippedSentences() throws Exception {
        String recorded = new String(OrganisationNameFinder.resource(OrganisationNameFinder.MODEL_SOURCE_HASH),
                StandardCharsets.US_ASCII).strip();
        assertThat(recorded).as("re-run OrganisationNameModelBuilder after editing the training file")
                .isEqualTo(OrganisationNameFinder.sha256(OrganisationNameFinder.resource(OrganisationNameFinder.TRAINING)));
    }

    @Test
    void readsAnnotatedSentencesWithTheTokenizerItRunsWith() {
        NameSample s = OrganisationNameFinder.sample("Samen met <START:organization> Mens & Welzijn <END> , en zo.");
        assertThat(s.getSentence()).containsExactly("Samen", "met", "Mens", "&", "Welzijn", ",", "en", "zo", ".");
        assertThat(s.getNames()).hasSize(1);
        assertThat(s.getNames()[0].getStart()).isEqualTo(2);
        assertThat(s.getNames()[0].getEnd()).isEqualTo(5);
    }

    @Test
    void hasAFewHundredTrainingSentences() throws Exception {
        assertThat(OrganisationNameFinder.samples(new java.io.ByteArrayInputStream(
                OrganisationNameFinder.resource(OrganisationNameFinder.TRAINING)))).hasSizeGreaterThan(250);
    }
}
