package nl.regioplan.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The exact field's chain, the same at index and query time: tokens, lowercase, diacritic folding, nothing
 * else. Matches here are the words as written, which search ranks above stemmed and decompounded matches.
 */
public final class ExactAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = DutchNormalisation.tokenizer();
        return new TokenStreamComponents(source, DutchNormalisation.normalise(source));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return DutchNormalisation.removeInvisibles(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return DutchNormalisation.removeInvisibles(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return DutchNormalisation.normalise(in);
    }
}
