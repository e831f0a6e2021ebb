package nl.regioplan.index.search;

import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.schema.SimilarityFactory;

/**
 * {@code <similarity class="nl.regioplan.index.search.ShortPassageSimilarityFactory"/>}: the embedded index's
 * scoring (BM25 with a length floor, see {@link ShortPassageSimilarity}) for every field of the collection. In this
 * package because the similarity itself is package-private in regioplan-index.
 */
public final class ShortPassageSimilarityFactory extends SimilarityFactory {
    @Override
    public Similarity getSimilarity() {
        return new ShortPassageSimilarity();
    }
}
