package nl.regioplan.extractors.party;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Re-trains the organisation name finder from {@code organisation-names.train} and writes the model and the
 * hash of the sentences it was trained on next to it. Run after editing the training file:
 * <pre>java ... OrganisationNameModelBuilder extractors/src/main/resources/nl/regioplan/extractors/party</pre>
 */
public final class OrganisationNameModelBuilder {
    private OrganisationNameModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "extractors/src/main/resources/nl/regioplan/extractors/party");
        byte[] training = Files.readAllBytes(dir.resolve(OrganisationNameFinder.TRAINING));
        OrganisationNameFinder finder = OrganisationNameFinder.train(
                OrganisationNameFinder.samples(new java.io.ByteArrayInputStream(training)));
        try (OutputStream out = Files.newOutputStream(dir.resolve(OrganisationNameFinder.MODEL))) {
            finder.model().serialize(out);
        }
        Files.writeString(dir.resolve(OrganisationNameFinder.MODEL_SOURCE_HASH),
                OrganisationNameFinder.sha256(training) + "\n", StandardCharsets.US_ASCII);
        System.out.println("wrote " + dir.resolve(OrganisationNameFinder.MODEL));
    }
}
