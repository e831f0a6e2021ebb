import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.regioplan.index.PdfTextCorpus;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;

/**
 * The embedded side of cluster-it's comparison, run as a source file in a child JVM on the pipeline jar (Lucene 10):
 * indexes PdfTextCorpus of a PDF folder into a fresh PlanIndex and prints, per query of a file (one a line), the
 * line TopHits.line prints for the SolrCloud side.
 * Usage: java -cp regioplan.jar:index-api-test-classes EmbeddedTopHits.java PDF_DIR QUERIES_FILE LIMIT
 */
public class EmbeddedTopHits {
    public static void main(String[] args) throws Exception {
        List<IndexedDocument> documents = PdfTextCorpus.read(Path.of(args[0]));
        List<String> queries = Files.readAllLines(Path.of(args[1]));
        int limit = Integer.parseInt(args[2]);
        Path folder = Files.createTempDirectory("regioplan-embedded");
        try (PlanIndex index = PlanIndex.open(folder)) {
            for (IndexedDocument document : documents) index.replaceWithoutCommit(document);
            index.commit();
            for (String query : queries) {
                SearchResult result = index.search(SearchRequest.of(query).page(limit, 0));
                System.out.println(query + "\t" + result.total() + "/" + result.hitCount() + "\t" + result.hits().stream()
                        .map(hit -> hit.doc() + ":" + hit.page()).collect(Collectors.joining(" ")));
            }
        }
    }
}
