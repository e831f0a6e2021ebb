package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The stemmed field's index-time chain: tokens, lowercase, diacritic folding, Dutch stopwords, compound
 * splitting, Snowball Dutch stemming.
 *
 * <p>Compounds are split here and not in {@link DutchQueryAnalyzer}: the parts sit at the compound's
 * position, so "personeel" finds "zorgpersoneel" while a search for "zorgpersoneel" stays precise.
 * Abbreviations are expanded at query time instead, where a multi-word long form can stay a phrase.
 */
public final class DutchAnalyzer extends NormalisingAnalyzer {
    private final CompoundDictionary compounds;

    public DutchAnalyzer() {
        this(CompoundDictionary.bundled());
    }

    public DutchAnalyzer(CompoundDictionary compounds) {
        this.compounds = compounds;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = DutchNormalisation.tokenizer();
        TokenStream stream = DutchNormalisation.normalise(source);
        stream = DutchStemming.removeStopwords(stream);
        stream = compounds.decompound(stream);
        stream = DutchStemming.stem(stream);
        return new TokenStreamComponents(source, stream);
    }
}
