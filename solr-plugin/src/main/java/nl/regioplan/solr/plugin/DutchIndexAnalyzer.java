package nl.regioplan.solr.plugin;

import nl.regioplan.index.analysis.DutchAnalyzer;

/**
 * The stemmed text fields' index chain for Solr's schema ({@code <analyzer type="index" class="..."/>}), which needs
 * a public class it can instantiate: the embedded index's own {@link DutchAnalyzer#forIndex()}, word lists included.
 */
public final class DutchIndexAnalyzer extends DutchAnalyzerWrapper {
    public DutchIndexAnalyzer() {
        super(DutchAnalyzer.forIndex());
    }
}
