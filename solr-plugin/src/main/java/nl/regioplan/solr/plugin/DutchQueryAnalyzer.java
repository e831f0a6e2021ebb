package nl.regioplan.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import nl.regioplan.index.analysis.DutchAnalyzer;

/** The stemmed text fields' query chain for Solr's schema: the embedded index's {@link DutchAnalyzer#forQuery()}. */
public final class DutchQueryAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer dutch = DutchAnalyzer.forQuery();

    public DutchQueryAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return dutch;
    }
}
