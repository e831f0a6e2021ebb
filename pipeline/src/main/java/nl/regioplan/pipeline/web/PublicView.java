package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.QuarantineEntry;

import java.util.regex.Pattern;

/**
 * What the web may show of the data folder: the catalog and status without the machine's file paths. A path
 * names the user's folders (and often the user); a page on another site that got an answer through a browser
 * should learn nothing of them. Sources keep their web address, or else only their file name.
 */
final class PublicView {
    /** Two or more path segments from a root: "/home/ana/plannen/x.pdf", "C:\\Users\\ana\\x.pdf". */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile(
            "(?<![\\w.:/\\\\])(?:[A-Za-z]:)?(?:[/\\\\][^\\s/\\\\'\"():;,]+)+[/\\\\]([^\\s/\\\\'\"():;,]+)");

    private PublicView() {
    }

    static CatalogEntry of(CatalogEntry e) {
        return new CatalogEntry(e.doc(), e.sha256(), source(e.source()), e.title(), e.region(), e.type(), e.publicationYear(),
                e.publisher(),
                e.date(), e.pages(), e.ocrPages(), e.ingestedAt());
    }

    static DataStatus of(DataStatus s) {
        return new DataStatus(s.documents(), s.pages(), s.ocrPages(), s.records(),
                s.quarantined().stream().map(PublicView::of).toList());
    }

    static QuarantineEntry of(QuarantineEntry q) {
        return new QuarantineEntry(q.file(), withoutPaths(q.reason()), withoutPaths(q.failure()), source(q.source()), q.at());
    }

    /** A web address as it is; a file path or file: URL as its last part, the file name. */
    static String source(String source) {
        if (source == null) return null;
        String s = source.strip();
        if (s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8)) return s;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return cut < 0 ? s : s.substring(cut + 1);
    }

    static String withoutPaths(String text) {
        if (text == null) return null;
        // Web addresses are no paths of this machine: leave "https://host/a/b" alone.
        StringBuilder out = new StringBuilder();
        int at = 0;
        var urls = Pattern.compile("(?i)https?://\\S+").matcher(text);
        while (urls.find()) {
            out.append(ABSOLUTE_PATH.matcher(text.substring(at, urls.start())).replaceAll("$1"));
            out.append(urls.group());
            at = urls.end();
        }
        out.append(ABSOLUTE_PATH.matcher(text.substring(at)).replaceAll("$1"));
        return out.toString();
    }
}
