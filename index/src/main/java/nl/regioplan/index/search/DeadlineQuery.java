package nl.regioplan.index.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query that stops matching at a deadline: its bulk scorer throws {@link Exceeded} once the time is up, which ends
 * the whole search. Lucene's own searcher timeout cannot be used: its "timed out" flag is shared by every thread of
 * the one searcher.
 *
 * <p>The wrapped query keeps its own bulk scorer (scored a window of documents at a time, the clock read between
 * windows) and its two-phase iteration: a disjunction scored in buckets, a prefix query's bit set and a phrase
 * checked only after cheaper filters cost several times less than the same matches read one document at a time.
 * Only a searcher's top-level query is scored in bulk, so the deadline holds only for the whole query: as a clause
 * of another query its scorer is the wrapped query's own and reads no clock.
 */
final class DeadlineQuery extends Query {
    /** Documents a bulk scorer scores between two looks at the clock. */
    private static final int WINDOW = 1 << 14;

    private final Query in;
    private final long deadlineNanos;

    DeadlineQuery(Query in, long deadlineNanos) {
        this.in = in;
        this.deadlineNanos = deadlineNanos;
    }

    /** Thrown from inside the searcher when the deadline passed; caught where the search started. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("search deadline passed", null, false, false);
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new DeadlineQuery(rewritten, deadlineNanos);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight weight = in.createWeight(searcher, scoreMode, boost);
        return new FilterWeight(this, weight) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) return null;
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return supplier.get(leadCost);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        BulkScorer scorer = supplier.bulkScorer();
                        return new BulkScorer() {
                            @Override
                            public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                                while (min < max) {
                                    if (System.nanoTime() > deadlineNanos) throw new Exceeded();
                                    min = scorer.score(collector, acceptDocs, min, (int) Math.min(max, (long) min + WINDOW));
                                }
                                return min;
                            }

                            @Override
                            public long cost() {
                                return scorer.cost();
                            }
                        };
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public int count(LeafReaderContext context) throws IOException {
                // Counting by index statistics takes no time worth bounding.
                return in.count(context);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return in.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlineQuery d && d.in.equals(in) && d.deadlineNanos == deadlineNanos;
    }

    @Override
    public int hashCode() {
        return in.hashCode() * 31 + Long.hashCode(deadlineNanos);
    }
}
