package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/** Dutch stopword removal (Lucene's Snowball list) and Snowball Dutch stemming ("wachttijden" ~ "wachttijd"). */
public final class DutchStemming {
    private static final CharArraySet STOPWORDS = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();

    private DutchStemming() {
    }

    public static CharArraySet stopwords() {
        return STOPWORDS;
    }

    public static TokenStream removeStopwords(TokenStream input) {
        return new StopFilter(input, STOPWORDS);
    }

    public static TokenStream stem(TokenStream input) {
        return new SnowballFilter(input, new DutchStemmer());
    }
}
