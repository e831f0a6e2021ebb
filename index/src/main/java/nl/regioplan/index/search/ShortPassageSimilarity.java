package nl.regioplan.index.search;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25, with lighter length normalisation, that scores a record shorter than {@link #MIN_LENGTH} words as if
 * it were that long. BM25's length norm ranks a two-word fragment such as "administratieve lasten." (a list item's tail, a table cell, a lone
 * heading) above the paragraph that explains the subject; below a couple of sentences, shortness says nothing
 * about focus. Works at search time on the norms BM25 wrote, so existing indexes need no rebuild: BM25 stores
 * a field's length as a monotone byte, so flooring the byte floors the length.
 */
final class ShortPassageSimilarity extends Similarity {
    /** About two sentences of plan prose. */
    static final int MIN_LENGTH = 32;
    private static final long FLOOR = SmallFloat.intToByte4(MIN_LENGTH) & 0xFF;

    /**
     * Less length normalisation than BM25's default (0.75): a 700-character passage that explains a subject
     * names it two or three times, and should not lose to a one-line list item that names it once.
     */
    private static final float LENGTH_WEIGHT = 0.4f;

    private final BM25Similarity bm25 = new BM25Similarity(1.2f, LENGTH_WEIGHT);

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        SimScorer scorer = bm25.scorer(boost, collectionStats, termStats);
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return scorer.score(freq, floored(norm));
            }

            @Override
            public Explanation explain(Explanation freq, long norm) {
                return scorer.explain(freq, floored(norm));
            }
        };
    }

    private static long floored(long norm) {
        return (norm & 0xFF) < FLOOR ? FLOOR : norm;
    }

    @Override
    public String toString() {
        return "BM25 (b=" + LENGTH_WEIGHT + ") with a length floor of " + MIN_LENGTH + " words";
    }
}
