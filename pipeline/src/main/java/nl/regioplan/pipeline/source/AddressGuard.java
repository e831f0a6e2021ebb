package nl.regioplan.pipeline.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Refuses hosts that resolve to addresses outside the public internet: loopback, private ranges, link-local
 * (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local IPv6, multicast, the unspecified
 * address and reserved ranges. Every address a name resolves to must be public, so a name with one public and
 * one private answer is refused too.
 *
 * <p>Checked before each request of a fetch, the first and every redirect hop and every retry, so a public
 * address cannot redirect into the local network. The connection uses the address checked: the JDK keeps a
 * successful lookup for 30 s ({@code networkaddress.cache.ttl}) and java.net.http resolves through that cache
 * a moment later, so a name that answers public first and private next (DNS rebinding) is connected to at the
 * public address it was checked with.
 */
final class AddressGuard {
    private final boolean allowPrivate;
    /** Addresses let through although not public: for tests that must reach one loopback server and no other. */
    private final Predicate<InetAddress> exempt;

    private AddressGuard(boolean allowPrivate, Predicate<InetAddress> exempt) {
        this.allowPrivate = allowPrivate;
        this.exempt = exempt;
    }

    static AddressGuard of(FetchPolicy policy) {
        return new AddressGuard(policy.allowPrivateAddresses(), a -> false);
    }

    static AddressGuard publicAnd(Predicate<InetAddress> exempt) {
        return new AddressGuard(false, exempt);
    }

    void check(URI uri) throws FetchException {
        if (allowPrivate) return;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw FetchException.retryable(FetchFailure.UNREACHABLE, "unknown host " + uri.getHost() + " in " + uri, e, null);
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null && !exempt.test(address)) {
                String named = host.equalsIgnoreCase(address.getHostAddress()) ? uri.getHost()
                        : uri.getHost() + " resolves to " + address.getHostAddress() + ",";
                throw FetchException.refused(FetchFailure.PRIVATE_ADDRESS, "not fetched: " + named + " a " + kind
                        + " address, and only public addresses are fetched (--allow-private-addresses allows others): " + uri);
            }
        }
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) return nonPublicKind(embedded);
            if ((b[0] & 0xfe) == 0xfc) return "unique-local";
        }
        if (address.isLoopbackAddress()) return "loopback";
        if (address.isAnyLocalAddress()) return "unspecified";
        if (address.isLinkLocalAddress()) return "link-local";
        if (address.isSiteLocalAddress()) return "private";
        if (address.isMulticastAddress()) return "multicast";
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return "unspecified";
            if (first == 100 && second >= 64 && second < 128) return "shared (carrier-grade NAT)";
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return "reserved";
            if (first == 198 && (second == 18 || second == 19)) return "reserved (benchmarking)";
            if (first >= 240) return "reserved";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address, else null. */
    private static InetAddress embeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) if (b[i] != 0) return null;
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) return null;
        try {
            return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
