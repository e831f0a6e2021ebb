package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** The set-up of tests that read the documents of {@link SamplePlans}: a fresh data folder for every test. */
public abstract class SamplePlansFixture {
    @TempDir
    protected Path folder;
    protected List<PlanDocument> documents;

    @BeforeEach
    protected void writeSamplePlans() {
        documents = PlanDocument.load(SamplePlans.write(folder));
    }
}
