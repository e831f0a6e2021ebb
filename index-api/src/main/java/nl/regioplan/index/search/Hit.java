package nl.regioplan.index.search;

/**
 * One matching record. {@code snippet} is HTML: the text around the match, escaped, with matched words in
 * {@code <mark>}; {@link #plainSnippet()} is the same without markup. {@code record} is passage, target or
 * document; {@code kind} the passage's block kind or the target's kind.
 */
public record Hit(String doc, String title, String region, String type, int page, String snippet, float score,
                  String record, String kind, String section) {

    public String plainSnippet() {
        return snippet.replace("<mark>", "").replace("</mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
