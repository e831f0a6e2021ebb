package nl.regioplan.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * What every Regioplan analyzer shares: invisible characters (soft hyphens, zero-width spaces) removed before
 * tokenizing, and wildcard/fuzzy query terms normalised like indexed ones (lowercase, diacritics folded).
 * Subclasses say only which filters follow.
 */
abstract class NormalisingAnalyzer extends Analyzer {
    @Override
    protected final Reader initReader(String fieldName, Reader reader) {
        return DutchNormalisation.removeInvisibles(reader);
    }

    @Override
    protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
        return DutchNormalisation.removeInvisibles(reader);
    }

    @Override
    protected final TokenStream normalize(String fieldName, TokenStream in) {
        return DutchNormalisation.normalise(in);
    }
}
