package nl.regioplan.corpus.manifest;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One document a manifest lists.
 *
 * @param id     the document id: unique in its manifest, used as file name stem, so letters, digits, {@code .-_}
 * @param url    where the PDF is: an http(s) URL, a {@code file:} URL, or a path (relative to the manifest's folder)
 * @param region the region that wrote it, or null when the manifest does not say
 * @param title  the document's title, or null
 * @param type   the kind of document (e.g. {@code regioplan}, {@code regiobeeld}), or null
 */
public record ManifestEntry(String id, String url, String region, String title, String type) {
    public ManifestEntry {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a manifest entry needs an id");
        if (url == null || url.isBlank()) throw new IllegalArgumentException("manifest entry " + id + " needs a url");
    }

    /** True when the document is fetched over http(s) rather than read from disk. */
    public boolean remote() {
        String scheme = scheme();
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** The local file of a non-remote entry; a relative path is resolved against {@code manifestDir}. */
    public Path path(Path manifestDir) {
        if (remote()) throw new IllegalStateException("manifest entry " + id + " is remote: " + url);
        if ("file".equals(scheme())) return Path.of(URI.create(url));
        return manifestDir.resolve(url);
    }

    /** The URL's scheme in lower case, or null for a plain path (a Windows drive letter is a path). */
    String scheme() {
        int colon = url.indexOf(':');
        if (colon < 2) return null;
        String scheme = url.substring(0, colon);
        return scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? scheme.toLowerCase(Locale.ROOT) : null;
    }
}
