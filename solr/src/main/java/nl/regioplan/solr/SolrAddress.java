package nl.regioplan.solr;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a SolrCloud collection is: {@code solr://ZKHOST[:PORT][,ZKHOST[:PORT]...][/CHROOT]/COLLECTION}, the
 * ZooKeeper ensemble the cluster registers in (the chroot as the cluster was started with, e.g. {@code /solr}) and
 * the collection's name.
 */
public record SolrAddress(List<String> zkHosts, Optional<String> chroot, String collection) {
    public static final String SCHEME = "solr://";

    public SolrAddress {
        zkHosts = List.copyOf(zkHosts);
        if (zkHosts.isEmpty()) throw new IllegalArgumentException("a SolrCloud address needs a ZooKeeper host");
        if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("not a Solr collection name: '" + collection + "'");
        }
    }

    public static boolean isSolr(String address) {
        return address != null && address.startsWith(SCHEME);
    }

    /** Reads solr://ZKHOST/COLLECTION; IllegalArgumentException saying what is wrong otherwise. */
    public static SolrAddress parse(String address) {
        if (!isSolr(address)) {
            throw new IllegalArgumentException("a SolrCloud index is solr://ZKHOST:PORT/COLLECTION, not '" + address + "'");
        }
        String rest = address.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        int last = rest.lastIndexOf('/');
        if (slash <= 0 || last == rest.length() - 1) {
            throw new IllegalArgumentException("'" + address + "' names no collection: write solr://ZKHOST:PORT/COLLECTION");
        }
        List<String> hosts = Arrays.stream(rest.substring(0, slash).split(",")).map(String::strip)
                .filter(host -> !host.isEmpty()).toList();
        for (String host : hosts) {
            URI check = URI.create("zk://" + host);
            if (check.getHost() == null) throw new IllegalArgumentException("not a ZooKeeper host: '" + host + "'");
        }
        Optional<String> chroot = last > slash ? Optional.of(rest.substring(slash, last)) : Optional.empty();
        return new SolrAddress(hosts, chroot, rest.substring(last + 1));
    }

    @Override
    public String toString() {
        return SCHEME + String.join(",", zkHosts) + chroot.orElse("") + "/" + collection;
    }
}
