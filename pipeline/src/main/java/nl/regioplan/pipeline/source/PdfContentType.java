package nl.regioplan.pipeline.source;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a response's Content-Type says about its body before a byte of it is read: a PDF, something generic
 * whose first bytes must then show a PDF (servers label downloads as octet-stream, or not at all), or refused.
 * An HTML page is the common case of refusal: a moved document answered with a portal page or a login form.
 */
enum PdfContentType {
    /** Declared a PDF; the text extractor checks the bytes anyway. */
    PDF,
    /** Declared as any binary download, or not declared: {@link PdfSignature} decides. */
    GENERIC;

    private static final Set<String> PDF_TYPES = Set.of("application/pdf", "application/x-pdf");
    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream",
            "application/download", "application/x-download", "application/force-download");
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** The media type of a Content-Type header, lower case without parameters; null when absent or blank. */
    static String mediaType(Optional<String> header) {
        if (header.isEmpty()) return null;
        String type = header.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    static PdfContentType of(String mediaType, URI uri) throws FetchException {
        if (mediaType == null || GENERIC_TYPES.contains(mediaType)) return GENERIC;
        if (PDF_TYPES.contains(mediaType)) return PDF;
        if (HTML_TYPES.contains(mediaType)) {
            throw FetchException.refused(FetchFailure.WRONG_CONTENT_TYPE,
                    "server returned an HTML page, not a PDF, for " + uri);
        }
        throw FetchException.refused(FetchFailure.WRONG_CONTENT_TYPE,
                "server returned " + mediaType + ", not a PDF, for " + uri);
    }
}
