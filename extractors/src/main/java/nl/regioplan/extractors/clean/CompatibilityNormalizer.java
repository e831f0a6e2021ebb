package nl.regioplan.extractors.clean;

import java.text.Normalizer;

/**
 * Unicode NFKC: splits ligatures ("ﬁ" to "fi", "ĳ" to "ij") and folds full-width and other compatibility
 * forms, so that words are spelled the way a searcher types them.
 */
public final class CompatibilityNormalizer implements TextFilter {
    @Override
    public String apply(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
