package nl.regioplan.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * The compound parts of compound-words.txt and the decompounding filter built on them.
 *
 * <p>Only tokens of {@value #MIN_WORD} letters or more are split, into parts of {@value #MIN_PART} to
 * {@value #MAX_PART} letters: shorter parts ("arm", "eis") turn up inside too many unrelated words.
 */
public final class CompoundDictionary {
    public static final int MIN_WORD = 8;
    public static final int MIN_PART = 4;
    public static final int MAX_PART = 20;
    private static final String RESOURCE = "compound-words.txt";

    private final CharArraySet parts;

    private CompoundDictionary(CharArraySet parts) {
        this.parts = CharArraySet.unmodifiableSet(parts);
    }

    /** The dictionary shipped with Regioplan. */
    public static CompoundDictionary bundled() {
        try (Reader reader = AnalysisResources.open(RESOURCE)) {
            return new CompoundDictionary(WordlistLoader.getWordSet(reader, "#", new CharArraySet(2048, true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String part) {
        return parts.contains(part);
    }

    public int size() {
        return parts.size();
    }

    /**
     * Adds the listed parts a token is made of at the token's position, keeping the token itself, so a
     * query for "personeel" finds "zorgpersoneel" and "personeelstekort".
     */
    public TokenStream decompound(TokenStream input) {
        return new DutchCompoundWordTokenFilter(input, parts, MIN_WORD, MIN_PART, MAX_PART);
    }
}
