package nl.regioplan.queueit;

import nl.regioplan.pipeline.queue.LocalKafka;
import nl.regioplan.solr.SolrAddress;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the queue tests run against, all real and in this JVM: a KRaft broker and a SolrCloud of some nodes; and
 * the built regioplan jar, started in processes of its own as a user starts it.
 */
final class QueueComponents implements BeforeAllCallback, AfterAllCallback {
    private final int solrNodes;
    private LocalKafka kafka;
    private MiniSolrCloudCluster solr;

    /** Registered as a static extension, it starts before a test class's tests and stops after them. */
    QueueComponents(int solrNodes) {
        this.solrNodes = solrNodes;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        kafka = LocalKafka.start();
        Path home = Files.createTempDirectory("regioplan-queue-solr");
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        solr = new MiniSolrCloudCluster.Builder(solrNodes, home).withMetrics(false).build();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (solr != null) solr.shutdown();
        } finally {
            if (kafka != null) kafka.close();
        }
    }

    LocalKafka kafka() {
        return kafka;
    }

    MiniSolrCloudCluster solr() {
        return solr;
    }

    /** The --index address of a collection on this SolrCloud, as a worker is given it. */
    String index(String collection) {
        return SolrAddress.SCHEME + solr.getZkServer().getZkAddress() + "/" + collection;
    }

    /** The jar `mvn package` built before this module's tests. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("regioplan.jar", "../pipeline/target/regioplan.jar"));
        if (!Files.isRegularFile(jar)) throw new AssertionError("no built regioplan jar at " + jar + " (mvn package builds it)");
        return jar;
    }

    /** ../shared/corpus/pdf; a test that needs it is skipped where it is missing. */
    static Path sharedCorpus() {
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " not found (system property regioplan.shared)");
        return corpus;
    }

    /** {@code regioplan ARGS...} from the built jar, its output (both streams) into the log. */
    static Process regioplan(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
