package nl.regioplan.index.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query that stops matching at a deadline: its bulk scorer and its iterator throw {@link Exceeded} once the time
 * is up, which ends the whole search. Lucene's own searcher timeout cannot be used: the faceted drill-sideways scorer
 * refuses the windowed scoring it needs, and its "timed out" flag is shared by every thread of the one searcher.
 *
 * <p>The wrapped query keeps its own bulk scorer (scored a window of documents at a time, the clock read between
 * windows) and its two-phase iteration: a disjunction scored in buckets, a prefix query's bit set and a phrase
 * checked only after cheaper filters cost several times less than the same matches read one document at a time.
 */
final class DeadlineQuery extends Query {
    /** Checking the clock costs little, but not nothing: once per this many documents. */
    private static final int CHECK_EVERY = 256;
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
                        return new DeadlineScorer(supplier.get(leadCost), deadlineNanos);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        return new DeadlineBulkScorer(supplier.bulkScorer(), deadlineNanos);
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

    private static final class DeadlineBulkScorer extends BulkScorer {
        private final BulkScorer in;
        private final long deadlineNanos;

        DeadlineBulkScorer(BulkScorer in, long deadlineNanos) {
            this.in = in;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            while (min < max) {
                if (System.nanoTime() > deadlineNanos) throw new Exceeded();
                min = in.score(collector, acceptDocs, min, (int) Math.min(max, (long) min + WINDOW));
            }
            return min;
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    private static final class DeadlineScorer extends Scorer {
        private final Scorer in;
        private final DocIdSetIterator iterator;
        private final TwoPhaseIterator twoPhase;

        DeadlineScorer(Scorer in, long deadlineNanos) {
            this.in = in;
            TwoPhaseIterator inTwoPhase = in.twoPhaseIterator();
            DocIdSetIterator checked = checking(inTwoPhase == null ? in.iterator() : inTwoPhase.approximation(), deadlineNanos);
            if (inTwoPhase == null) {
                this.twoPhase = null;
                this.iterator = checked;
            } else {
                this.twoPhase = new TwoPhaseIterator(checked) {
                    @Override
                    public boolean matches() throws IOException {
                        return inTwoPhase.matches();
                    }

                    @Override
                    public float matchCost() {
                        return inTwoPhase.matchCost();
                    }
                };
                this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            }
        }

        private static DocIdSetIterator checking(DocIdSetIterator docs, long deadlineNanos) {
            return new DocIdSetIterator() {
                private int calls;

                private void check() {
                    if ((++calls % CHECK_EVERY) == 0 && System.nanoTime() > deadlineNanos) throw new Exceeded();
                }

                @Override
                public int docID() {
                    return docs.docID();
                }

                @Override
                public int nextDoc() throws IOException {
                    check();
                    return docs.nextDoc();
                }

                @Override
                public int advance(int target) throws IOException {
                    check();
                    return docs.advance(target);
                }

                @Override
                public long cost() {
                    return docs.cost();
                }
            };
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() throws IOException {
            return in.getChildren();
        }
    }
}
