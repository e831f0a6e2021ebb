package nl.regioplan.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Hands every field to one chain of the embedded index: Solr's schema names an analyzer by a public class with a
 * no-argument constructor, so each chain gets a subclass that says which one.
 */
abstract class DutchAnalyzerWrapper extends DelegatingAnalyzerWrapper {
    private final Analyzer dutch;

    DutchAnalyzerWrapper(Analyzer dutch) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.dutch = dutch;
    }

    @Override
    protected final Analyzer getWrappedAnalyzer(String fieldName) {
        return dutch;
    }
}
