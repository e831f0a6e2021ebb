package nl.regioplan.pipeline.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a request's Host header may give. A web page the analyst visits can point a name it owns at 127.0.0.1
 * (DNS rebinding) and then read the API as if it were the same site; the browser still sends that name as Host, so
 * answering only to this machine's own names closes the hole. By default: the address the server is bound to,
 * localhost and the loopback addresses; on a wildcard address also the machine's name and its interfaces'
 * addresses; and whatever the user allows besides.
 */
final class AllowedHosts {
    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = Collections.unmodifiableSet(names);
    }

    static AllowedHosts forBinding(String bindHost, Collection<String> extra) {
        Set<String> names = new LinkedHashSet<>();
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("::1");
        names.add(normalise(bindHost));
        for (String name : extra) names.add(normalise(name));
        try {
            InetAddress bound = InetAddress.getByName(bindHost);
            names.add(normalise(bound.getHostAddress()));
            if (bound.isAnyLocalAddress()) addThisMachine(names);
        } catch (UnknownHostException e) {
            // The server could not have bound to it either; the names above are all there is.
        }
        return new AllowedHosts(names);
    }

    private static void addThisMachine(Set<String> names) {
        try {
            InetAddress self = InetAddress.getLocalHost();
            names.add(normalise(self.getHostName()));
            names.add(normalise(self.getCanonicalHostName()));
        } catch (UnknownHostException e) {
            // a machine without a resolvable name still has its interface addresses
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    names.add(normalise(address.getHostAddress()));
                }
            }
        } catch (SocketException e) {
            // no interface list: the machine name and loopback still work
        }
    }

    /**
     * @param hostHeader the Host header as sent ("name", "name:port", "[::1]:port"); a request without one (HTTP/1.0)
     *                   comes from no browser, so it carries no rebinding risk and passes
     */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return true;
        return names.contains(normalise(hostOf(hostHeader.strip())));
    }

    Set<String> names() {
        return names;
    }

    static String hostOf(String authority) {
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            return end < 0 ? authority : authority.substring(1, end);
        }
        int colon = authority.indexOf(':');
        // More than one colon without brackets is a bare IPv6 address, which has no port.
        return colon >= 0 && authority.indexOf(':', colon + 1) < 0 ? authority.substring(0, colon) : authority;
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        // "localhost." is the same name as "localhost"; a zone id (%eth0) is not part of the address.
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        int zone = h.indexOf('%');
        if (zone >= 0) h = h.substring(0, zone);
        if (h.equals("0:0:0:0:0:0:0:1")) h = "::1";
        return h;
    }
}
