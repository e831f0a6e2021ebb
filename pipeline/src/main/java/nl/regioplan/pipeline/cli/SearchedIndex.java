package nl.regioplan.pipeline.cli;

import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SearchIndex;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.solr.SolrAddress;
import nl.regioplan.solr.SolrSearchIndex;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The index of the commands that search, named by --data and --index together: the data folder's own Lucene index
 * by default, or a SolrCloud collection (solr://ZKHOST:PORT[/CHROOT]/COLLECTION) that workers fill; both behind
 * {@link SearchIndex}. The data folder comes with it because the default index lives there.
 */
final class SearchedIndex {
    @Mixin
    DataOption data;

    @Option(names = "--index", paramLabel = "solr://ZKHOST/COLLECTION",
            description = "Search this SolrCloud collection instead of the data folder's index.")
    String address;

    /** The index to search and write, the data folder's (created when missing) unless --index names a collection. */
    SearchIndex open() throws IOException {
        if (address == null) return PlanIndex.open(data.store().indexDir());
        return SolrSearchIndex.connect(parsed());
    }

    /** The index to search, which must be there: a typo is an error rather than a search of nothing. */
    SearchIndex openExisting() throws IOException {
        if (address != null) return SolrSearchIndex.connect(parsed());
        DataStore store = data.existing();
        if (!Files.isDirectory(store.indexDir())) {
            throw new IllegalArgumentException("no index in " + store.root() + ": run `regioplan ingest PATH` first");
        }
        return PlanIndex.open(store.indexDir());
    }

    private SolrAddress parsed() {
        try {
            return SolrAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--index " + e.getMessage());
        }
    }
}
