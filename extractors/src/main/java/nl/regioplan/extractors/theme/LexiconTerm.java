package nl.regioplan.extractors.theme;

import java.util.List;

/**
 * One row of the theme lexicon.
 *
 * @param term   as the lexicon writes it; returned as evidence
 * @param stems  the term's words through {@link DutchStemmer}, what text is matched against
 * @param weight what one occurrence adds to the theme's score
 * @param source where the term came from (iza:X, themes.md, hand)
 */
public record LexiconTerm(String code, String term, List<String> stems, double weight, String source) {
    public LexiconTerm {
        stems = List.copyOf(stems);
    }
}
