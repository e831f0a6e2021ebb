package nl.regioplan.index.schema;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import nl.regioplan.index.analysis.DutchAnalyzer;
import nl.regioplan.index.analysis.ExactAnalyzer;
import nl.regioplan.index.analysis.FilterValueAnalyzer;

/** Which analysis chain each field gets, at index time and at query time. */
public final class PlanAnalyzers {
    private PlanAnalyzers() {
    }

    public static Analyzer forIndexing() {
        return perField(DutchAnalyzer.forIndex());
    }

    public static Analyzer forQueries() {
        return perField(DutchAnalyzer.forQuery());
    }

    private static Analyzer perField(Analyzer dutch) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        Fields.TEXTS.forEach(field -> analyzers.put(field, dutch));
        analyzers.put(Fields.TEXT_EXACT, new ExactAnalyzer());
        FilterValueAnalyzer filterValues = new FilterValueAnalyzer();
        Fields.FILTERS.forEach(field -> analyzers.put(field, filterValues));
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), analyzers);
    }
}
