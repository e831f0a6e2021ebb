package nl.regioplan.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops one letter of a doubled final consonant after stemming. Snowball's Dutch stemmer undoubles only
 * kk, dd and tt, so "regioplannen" stems to "regioplann" and "processen" to "process" while their
 * singulars stem to "regioplan" and "proces"; a Dutch stem never needs the doubled letter.
 */
public final class DutchUndoubleFilter extends TokenFilter {
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public DutchUndoubleFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        char[] buffer = term.buffer();
        if (!keyword.isKeyword() && length > 3 && buffer[length - 1] == buffer[length - 2]
                && CONSONANTS.indexOf(buffer[length - 1]) >= 0) {
            term.setLength(length - 1);
        }
        return true;
    }
}
