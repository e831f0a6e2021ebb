package nl.regioplan.extractors.nlp;

import opennlp.tools.tokenize.TokenizerME;

/** Splits a Dutch sentence into tokens with the project's OpenNLP model ("t.o.v." and "3,4" stay whole). Thread-safe. */
public final class DutchTokenizer {
    private final ThreadLocal<TokenizerME> tokenizer =
            ThreadLocal.withInitial(() -> new TokenizerME(DutchModels.tokenizerModel()));

    public String[] tokenize(String sentence) {
        return tokenizer.get().tokenize(sentence);
    }
}
