package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The stemmed field's query-time chain: tokens, lowercase, diacritic folding, abbreviation synonyms,
 * Dutch stopwords, Snowball Dutch stemming; it matches what {@link DutchAnalyzer} indexed.
 *
 * <p>Synonyms come before stopword removal on purpose: long forms such as "gezond en actief leven akkoord"
 * contain stopwords, and matching them first lets the stop filter leave the same position gaps the index
 * has, so the expanded phrase lines up with indexed text.
 */
public final class DutchQueryAnalyzer extends NormalisingAnalyzer {
    private final AbbreviationSynonyms synonyms;

    public DutchQueryAnalyzer() {
        this(AbbreviationSynonyms.bundled());
    }

    public DutchQueryAnalyzer(AbbreviationSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = DutchNormalisation.tokenizer();
        TokenStream stream = DutchNormalisation.normalise(source);
        stream = synonyms.expand(stream);
        stream = DutchStemming.removeStopwords(stream);
        stream = DutchStemming.stem(stream);
        return new TokenStreamComponents(source, stream);
    }
}
