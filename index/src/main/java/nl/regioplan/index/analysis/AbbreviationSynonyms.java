package nl.regioplan.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Abbreviations and their long forms from abbreviations.txt (Solr synonym format), equivalent both ways.
 *
 * <p>Applied at query time as a token graph, so a long form stays a phrase ("ggz" becomes
 * {@code ggz OR "geestelijke gezondheidszorg"}) and phrase queries around it still line up; the index
 * itself holds only the words that were written.
 */
public final class AbbreviationSynonyms {
    private static final String RESOURCE = "abbreviations.txt";

    private final SynonymMap map;

    private AbbreviationSynonyms(SynonymMap map) {
        this.map = map;
    }

    /** The list shipped with Regioplan, its forms normalised the way text is before synonyms apply. */
    public static AbbreviationSynonyms bundled() {
        try (Analyzer normaliser = new ExactAnalyzer(); Reader reader = AnalysisResources.open(RESOURCE)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, normaliser);
            parser.parse(reader);
            return new AbbreviationSynonyms(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad line " + e.getErrorOffset() + " in " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public TokenStream expand(TokenStream input) {
        return new SynonymGraphFilter(input, map, true);
    }
}
