package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * The set-up of tests over {@link SamplePlans}: for every test a fresh temporary folder with the sample data folder
 * in it ({@code data}), its documents read back, and room beside it for what a test writes.
 */
public abstract class SamplePlansFixture {
    @TempDir
    protected Path folder;
    /** The sample data folder, as {@code --data} takes it. */
    protected String data;
    protected List<PlanDocument> documents;

    @BeforeEach
    protected void writeSamplePlans() {
        Path dataFolder = folder.resolve("data");
        documents = PlanDocument.load(SamplePlans.write(dataFolder));
        data = dataFolder.toString();
    }
}
