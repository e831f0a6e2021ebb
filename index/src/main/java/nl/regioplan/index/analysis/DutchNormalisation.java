package nl.regioplan.index.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The steps every Regioplan text field shares: Unicode word tokens, lowercase, diacritics folded away
 * ("cliënten" and "clienten" become one term; Dutch writers and PDF extraction are inconsistent with them).
 */
public final class DutchNormalisation {
    private DutchNormalisation() {
    }

    public static Tokenizer tokenizer() {
        return new StandardTokenizer();
    }

    public static TokenStream normalise(TokenStream input) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(input));
    }
}
