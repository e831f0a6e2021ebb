package nl.regioplan.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The length floor, on a fragment and a paragraph that share one query word. */
class ShortPassageSimilarityTest {
    private static final String FRAGMENT = "lasten";
    /** Names its subject twice, as a passage that explains it does. */
    private static final String PARAGRAPH = "we verminderen de lasten van zorgverleners door machtigingen te schrappen"
            + " en verklaringen te harmoniseren zodat minder tijd opgaat aan formulieren en meer tijd aan zorg"
            + " voor patiënten en cliënten zodat de lasten in de regio dalen";

    @Test
    void aParagraphAboutTheSubjectOutranksALoneFragmentNamingIt() throws IOException {
        assertThat(ranking(new ShortPassageSimilarity())).containsExactly("paragraph", "fragment");
    }

    @Test
    void plainBm25PutsTheFragmentFirst() throws IOException {
        assertThat(ranking(new BM25Similarity())).containsExactly("fragment", "paragraph");
    }

    private static List<String> ranking(Similarity similarity) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                writer.addDocument(record("fragment", FRAGMENT));
                writer.addDocument(record("paragraph", PARAGRAPH));
                for (int i = 0; i < 20; i++) {
                    writer.addDocument(record("filler" + i, "andere tekst over wonen en welzijn in de wijk nummer " + i));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(similarity);
                ScoreDoc[] hits = searcher.search(new TermQuery(new Term("text", "lasten")), 10).scoreDocs;
                return Arrays.stream(hits).map(hit -> id(searcher, hit)).toList();
            }
        }
    }

    private static String id(IndexSearcher searcher, ScoreDoc hit) {
        try {
            return searcher.storedFields().document(hit.doc).get("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document record(String id, String text) {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.YES));
        document.add(new TextField("text", text, Field.Store.NO));
        return document;
    }
}
