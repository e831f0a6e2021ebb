package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * A filter value (region, theme, party, ...) as one lowercase, folded term, the same at index and query
 * time, so {@code region:midden-ijssel} finds "Midden-IJssel" and {@code party:ggd*} finds "GGD IJsselland".
 */
public final class FilterValueAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, DutchNormalisation.normalise(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return DutchNormalisation.normalise(in);
    }
}
