package nl.regioplan.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;

/**
 * The configset of a regioplan collection (solrconfig.xml and schema.xml, shipped in this jar) and its upload to
 * the cluster's ZooKeeper. The Dutch analysis is not spelled out in factories: the schema names the embedded
 * index's own analyzers, which regioplan-solr-plugin compiles against Solr's Lucene and which read the word lists
 * of regioplan-index-api, so one copy of each list serves both sinks.
 */
public final class SolrConfigset {
    static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");

    private SolrConfigset() {
    }

    /** Writes the configset's files into a folder, for an upload or a look. */
    public static void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : FILES) {
            try (InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + file)) {
                if (in == null) throw new IOException("missing configset file " + file + " in regioplan-solr's jar");
                Files.copy(in, folder.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Uploads the configset under /configs/NAME, replacing what was there. */
    static void upload(SolrZkClient zk, String name) throws IOException {
        Path folder = Files.createTempDirectory("regioplan-configset");
        try {
            writeTo(folder);
            ZkMaintenanceUtils.uploadToZK(zk, folder, "/configs/" + name, ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.deleteIfExists(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
