package nl.regioplan.solr.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import nl.regioplan.index.analysis.DutchAnalyzer;

/**
 * The stemmed text fields' index chain for Solr's schema ({@code <analyzer type="index" class="..."/>}), which needs
 * a public class it can instantiate: the embedded index's own {@link DutchAnalyzer#forIndex()}, word lists included.
 */
public final class DutchIndexAnalyzer extends DelegatingAnalyzerWrapper {
    private final Analyzer dutch = DutchAnalyzer.forIndex();

    public DutchIndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return dutch;
    }
}
