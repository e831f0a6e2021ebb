package nl.regioplan.pipeline.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The addresses one fetch has visited, the requested one first. Every address is checked before it is
 * requested: http or https only, with a host; a redirect must name a target, may not go from https to plain
 * http, may not return to an address already visited (a loop, reported as one at once instead of after the
 * redirect limit) and may not exceed the limit. Not thread-safe: one chain per fetch.
 */
final class RedirectChain {
    private final int maxRedirects;
    private final List<URI> visited = new ArrayList<>();

    private RedirectChain(URI first, int maxRedirects) {
        this.maxRedirects = maxRedirects;
        visited.add(first);
    }

    static RedirectChain startingAt(URI requested, int maxRedirects) throws FetchException {
        return new RedirectChain(checked(requested), maxRedirects);
    }

    /** The address to request now. */
    URI current() {
        return visited.getLast();
    }

    /**
     * Moves on to the target of a redirect answer.
     *
     * @param status   the redirect status, for the message when the target is missing
     * @param location the Location header; relative targets are resolved against the current address
     */
    void follow(int status, Optional<String> location) throws FetchException {
        URI from = current();
        String target = location.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() ->
                FetchException.refused(FetchFailure.HTTP_STATUS,
                        "HTTP " + StatusLine.describe(status) + " without a Location to go to, for " + from));
        URI next;
        try {
            // Servers do send unencoded spaces in Location; nothing else is repaired.
            next = checked(from.resolve(new URI(target.replace(" ", "%20"))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchException.refused(FetchFailure.BAD_URL,
                    from + " redirected to an unusable address '" + target + "'");
        }
        if (isHttps(from) && !isHttps(next)) {
            throw FetchException.refused(FetchFailure.BAD_URL,
                    "refused to follow a redirect from https to plain http: " + from + " -> " + next);
        }
        int redirects = visited.size();
        if (visited.contains(next)) {
            throw FetchException.refused(FetchFailure.TOO_MANY_REDIRECTS, "redirect loop after " + redirects
                    + (redirects == 1 ? " redirect: " : " redirects: ") + path(next));
        }
        if (redirects > maxRedirects) {
            throw FetchException.refused(FetchFailure.TOO_MANY_REDIRECTS,
                    "more than " + maxRedirects + " redirects: " + path(next));
        }
        visited.add(next);
    }

    /** An absolute http(s) address with a host, without its fragment (never sent, and no part of identity). */
    private static URI checked(URI uri) throws FetchException {
        if (uri == null) throw FetchException.refused(FetchFailure.BAD_URL, "no address given");
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw FetchException.refused(FetchFailure.BAD_URL,
                    "'" + uri + "' is not a web address: it must start with http:// or https://");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.refused(FetchFailure.BAD_URL,
                    "only http and https addresses are fetched, not " + scheme + ": " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw FetchException.refused(FetchFailure.BAD_URL, "no host name in " + uri);
        }
        return withoutFragment(uri);
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) return uri;
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static boolean isHttps(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    private String path(URI next) {
        return visited.stream().map(URI::toString).collect(Collectors.joining(" -> ")) + " -> " + next;
    }
}
