package nl.regioplan.extractors.clean;

/**
 * One repair step on the text of a block, as a Lucene TokenFilter is one step of an analysis chain.
 * Input and output are block text whose lines are separated by {@code '\n'}: several damages (broken words,
 * stray hyphens) can only be recognised at a line end, so filters run before the lines are joined.
 */
@FunctionalInterface
public interface TextFilter {
    String apply(String text);
}
