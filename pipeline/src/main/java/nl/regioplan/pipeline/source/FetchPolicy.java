package nl.regioplan.pipeline.source;

import java.time.Duration;

/**
 * How patient and how trusting a fetch is.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer's headers, and then for each next piece of the body
 * @param maxBytes       the largest body accepted; larger ones are refused, announced or not
 * @param maxRedirects   how many redirects one fetch may follow
 * @param maxAttempts    how many tries in all (1 = no retry); only network trouble, timeouts, 429 and 5xx are
 *                       tried again
 * @param firstBackoff   the wait before the second try; it doubles before each further one
 * @param maxRetryAfter  the longest Retry-After the fetcher honours; a server asking for more is given up on
 * @param deadline       how long one download may take in all: every try, redirect, wait and byte; a server that
 *                       trickles a byte now and then beats the read timeout but not this
 * @param allowPrivateAddresses whether hosts may resolve to loopback, private, link-local and other non-public
 *                       addresses (a manifest is often someone else's file: by default it cannot make this machine
 *                       fetch from its own network, e.g. a cloud metadata service at 169.254.169.254)
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          int maxAttempts, Duration firstBackoff, Duration maxRetryAfter, Duration deadline,
                          boolean allowPrivateAddresses) {
    /** A few minutes: a plan of tens of MB on a slow line, with a retry. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(3);

    /** Public addresses only, and the default deadline. */
    public FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                       int maxAttempts, Duration firstBackoff, Duration maxRetryAfter) {
        this(connectTimeout, readTimeout, maxBytes, maxRedirects, maxAttempts, firstBackoff, maxRetryAfter,
                DEFAULT_DEADLINE, false);
    }

    public FetchPolicy {
        requirePositive(deadline, "deadline");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        if (firstBackoff == null || firstBackoff.isNegative())
            throw new IllegalArgumentException("firstBackoff must not be negative: " + firstBackoff);
        if (maxRetryAfter == null || maxRetryAfter.isNegative())
            throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
    }

    /**
     * 10 s to connect, 60 s to answer, 100 MB (the largest plan in ../corpus/pdf is a few MB), 5 redirects,
     * 3 tries 0.5 s and 1 s apart, a Retry-After of up to 10 s honoured, 3 minutes in all, public addresses only.
     */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(60), 100L * 1024 * 1024, 5, 3,
                Duration.ofMillis(500), Duration.ofSeconds(10));
    }

    public FetchPolicy withDeadline(Duration total) {
        return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, maxAttempts, firstBackoff,
                maxRetryAfter, total, allowPrivateAddresses);
    }

    /** For servers on this machine or the local network (and the tests' loopback servers). */
    public FetchPolicy allowingPrivateAddresses() {
        return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, maxAttempts, firstBackoff,
                maxRetryAfter, deadline, true);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero())
            throw new IllegalArgumentException(name + " must be positive: " + d);
    }
}
