package nl.regioplan.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud in this JVM: an embedded ZooKeeper and Solr nodes on loopback ports, the regioplan plugin on
 * their class path. One per test class: starting it costs seconds.
 */
final class SolrCloudTestCluster implements AutoCloseable {
    static final int NODES = 2;
    private final Path home;
    private final MiniSolrCloudCluster cluster;

    SolrCloudTestCluster() throws Exception {
        home = Files.createTempDirectory("regioplan-solrcloud");
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        cluster = new MiniSolrCloudCluster.Builder(NODES, home).withMetrics(false).build();
    }

    /** solr://ZKHOST/CHROOT/COLLECTION of a collection on this cluster. */
    SolrAddress address(String collection) {
        return SolrAddress.parse(SolrAddress.SCHEME + cluster.getZkServer().getZkAddress() + "/" + collection);
    }

    MiniSolrCloudCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
