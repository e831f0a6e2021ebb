package nl.regioplan.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch stopword removal (Lucene's Snowball list) and Snowball Dutch stemming ("wachttijden" ~ "wachttijd"),
 * corrected by stem-overrides.txt where Snowball gives a plural another stem than its singular
 * ("huisartsen" ~ "huisarts", "ziekenhuizen" ~ "ziekenhuis") and by {@link DutchUndoubleFilter}
 * ("regioplannen" ~ "regioplan").
 */
public final class DutchStemming {
    private static final CharArraySet STOPWORDS = org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet();
    private static final String OVERRIDES = "stem-overrides.txt";
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDE_MAP = loadOverrides();

    private DutchStemming() {
    }

    public static CharArraySet stopwords() {
        return STOPWORDS;
    }

    public static TokenStream removeStopwords(TokenStream input) {
        return new StopFilter(input, STOPWORDS);
    }

    public static TokenStream stem(TokenStream input) {
        return new DutchUndoubleFilter(new SnowballFilter(new StemmerOverrideFilter(input, OVERRIDE_MAP), new DutchStemmer()));
    }

    private static StemmerOverrideFilter.StemmerOverrideMap loadOverrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        try (BufferedReader reader = new BufferedReader(AnalysisResources.open(OVERRIDES))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2) {
                    throw new IllegalStateException(OVERRIDES + " needs 'word TAB stem', not: " + line);
                }
                builder.add(pair[0].strip(), pair[1].strip());
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
