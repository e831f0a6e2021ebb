package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The exact field's chain, the same at index and query time: tokens, lowercase, diacritic folding, nothing
 * else. Matches here are the words as written, which search ranks above stemmed and decompounded matches.
 */
public final class ExactAnalyzer extends NormalisingAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = DutchNormalisation.tokenizer();
        return new TokenStreamComponents(source, DutchNormalisation.normalise(source));
    }
}
