package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.party.GazetteerPartyFinder;
import nl.regioplan.extractors.plan.PlanRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.PdfDocumentTextExtractor;
import nl.regioplan.extractors.theme.LexiconThemeTagger;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;

/**
 * The real components the pipeline runs, wired once with their defaults: the one place that says which text
 * extractor, record extractors and index a run uses.
 */
public record PipelineComponents(DocumentTextExtractor textExtractor, DocumentRecordExtractor recordExtractor,
                                 RegionOfDocument regions) {

    public static PipelineComponents defaults() {
        return new PipelineComponents(new PdfDocumentTextExtractor(),
                new PlanRecordExtractor(LexiconThemeTagger.loadDefault(), GazetteerPartyFinder.loadDefault()),
                (d, t, x) -> d);
    }

    public DocumentIndexer openIndexer(DataStore store) throws IOException {
        return new LuceneDocumentIndexer(PlanIndex.open(store.indexDir()));
    }
}
