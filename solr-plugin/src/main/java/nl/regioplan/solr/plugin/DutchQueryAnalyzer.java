package nl.regioplan.solr.plugin;

import nl.regioplan.index.analysis.DutchAnalyzer;

/** The stemmed text fields' query chain for Solr's schema: the embedded index's {@link DutchAnalyzer#forQuery()}. */
public final class DutchQueryAnalyzer extends DutchAnalyzerWrapper {
    public DutchQueryAnalyzer() {
        super(DutchAnalyzer.forQuery());
    }
}
