package nl.regioplan.index.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The stemmed field's chain, at index time and at query time: tokens, lowercase, diacritic folding, Dutch
 * stopwords, Snowball Dutch stemming, with one step more on each side.
 *
 * <p>At index time compounds are split after the stopwords ({@link #forIndex}): the parts sit at the compound's
 * position, so "personeel" finds "zorgpersoneel" while a search for "zorgpersoneel" stays precise.
 *
 * <p>At query time abbreviations are expanded instead ({@link #forQuery}), where a multi-word long form can stay a
 * phrase, and before stopword removal on purpose: long forms such as "gezond en actief leven akkoord" contain
 * stopwords, and matching them first lets the stop filter leave the same position gaps the index has, so the
 * expanded phrase lines up with indexed text.
 */
public final class DutchAnalyzer extends NormalisingAnalyzer {
    private final UnaryOperator<TokenStream> beforeStopwords;
    private final UnaryOperator<TokenStream> afterStopwords;

    private DutchAnalyzer(UnaryOperator<TokenStream> beforeStopwords, UnaryOperator<TokenStream> afterStopwords) {
        this.beforeStopwords = beforeStopwords;
        this.afterStopwords = afterStopwords;
    }

    /** What the index holds: compounds split over the bundled compound-words.txt. */
    public static DutchAnalyzer forIndex() {
        CompoundDictionary compounds = CompoundDictionary.bundled();
        return new DutchAnalyzer(UnaryOperator.identity(), compounds::decompound);
    }

    /** What a query is matched with: abbreviations expanded both ways over the bundled abbreviations.txt. */
    public static DutchAnalyzer forQuery() {
        AbbreviationSynonyms synonyms = AbbreviationSynonyms.bundled();
        return new DutchAnalyzer(synonyms::expand, UnaryOperator.identity());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = DutchNormalisation.tokenizer();
        TokenStream stream = DutchNormalisation.normalise(source);
        stream = beforeStopwords.apply(stream);
        stream = DutchStemming.removeStopwords(stream);
        stream = afterStopwords.apply(stream);
        stream = DutchStemming.stem(stream);
        return new TokenStreamComponents(source, stream);
    }
}
