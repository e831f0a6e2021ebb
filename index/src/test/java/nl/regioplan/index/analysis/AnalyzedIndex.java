package nl.regioplan.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/** One text indexed with the stemmed and exact chains, to ask whether a query finds it. */
final class AnalyzedIndex {
    private static final Analyzer INDEX = new PerFieldAnalyzerWrapper(DutchAnalyzer.forIndex(),
            Map.of("exact", new ExactAnalyzer()));
    private static final Analyzer QUERY = new PerFieldAnalyzerWrapper(DutchAnalyzer.forQuery(),
            Map.of("exact", new ExactAnalyzer()));

    private AnalyzedIndex() {
    }

    static boolean finds(String field, String query, String text) {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(INDEX))) {
                Document doc = new Document();
                doc.add(new TextField(field, text, Field.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                QueryParser parser = new QueryParser(field, QUERY);
                parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
                return new IndexSearcher(reader).count(parser.parse(query)) == 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static boolean finds(String query, String text) {
        return finds("text", query, text);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
