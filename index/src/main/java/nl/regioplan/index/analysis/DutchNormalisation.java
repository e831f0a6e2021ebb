package nl.regioplan.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The steps every Regioplan text field shares: invisible characters removed, Unicode word tokens,
 * lowercase, diacritics and ligatures folded away ("cliënten" and "clienten", "bĳdrage" and "bijdrage"
 * become one term; Dutch writers and PDF extraction are inconsistent with them).
 */
public final class DutchNormalisation {
    /**
     * Soft hyphens and zero-width characters that PDF text keeps inside words ("maat&shy;regelen"); the
     * tokenizer keeps them in the token, so without this such a word never matches.
     */
    private static final NormalizeCharMap INVISIBLES = invisibles();

    private DutchNormalisation() {
    }

    public static Reader removeInvisibles(Reader reader) {
        return new MappingCharFilter(INVISIBLES, reader);
    }

    public static Tokenizer tokenizer() {
        return new StandardTokenizer();
    }

    public static TokenStream normalise(TokenStream input) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(input));
    }

    private static NormalizeCharMap invisibles() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String invisible : new String[] {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"}) {
            builder.add(invisible, "");
        }
        return builder.build();
    }
}
