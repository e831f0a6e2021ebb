package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.party.GazetteerPartyFinder;
import nl.regioplan.extractors.plan.PlanRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.region.RegionResolver;
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
        RegionResolver resolver = RegionResolver.loadDefault();
        return new PipelineComponents(new PdfDocumentTextExtractor(),
                new PlanRecordExtractor(LexiconThemeTagger.loadDefault(), GazetteerPartyFinder.loadDefault()),
                (declared, title, text) -> resolver.resolve(declared, title, text).map(r -> r.region()).orElse(null));
    }

    public DocumentIndexer openIndexer(DataStore store) throws IOException {
        return new LuceneDocumentIndexer(PlanIndex.open(store.indexDir()));
    }
}
