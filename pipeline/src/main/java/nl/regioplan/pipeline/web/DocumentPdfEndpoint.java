package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/documents/{doc}/pdf}: the original PDF, shown inline so {@code #page=N} opens the browser's
 * viewer at the page a hit came from. Sent from disk, never read whole into memory, with byte ranges (a PDF viewer
 * fetches the pages it shows) and the document's SHA-256 as its ETag, so a browser revalidates instead of
 * downloading a plan again; a re-ingested plan has a new hash and so a new tag.
 */
record DocumentPdfEndpoint(DataStore store) implements ApiEndpoint {
    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        CatalogEntry entry = DocumentLookup.find(store, request.path("doc"));
        Path pdf = store.rawPdf(entry.doc());
        if (!Files.isRegularFile(pdf)) throw ApiException.notFound("geen PDF bewaard voor " + entry.doc());
        long size = Files.size(pdf);
        String etag = entry.sha256() == null ? null : "\"" + entry.sha256() + "\"";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Disposition", ApiResponse.disposition("inline", entry.doc() + ".pdf"));
        headers.put("Accept-Ranges", "bytes");
        headers.put("Cache-Control", "no-cache");
        if (etag != null) headers.put("ETag", etag);

        if (etag != null && matches(request.header("If-None-Match"), etag)) {
            return new ApiResponse(304, "application/pdf", new byte[0], headers);
        }
        String range = request.header("Range");
        String ifRange = request.header("If-Range");
        // A range of an older version would splice two files together: If-Range asks for all of it then.
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            ByteRange wanted = ByteRange.parse(range, size);
            if (wanted == ByteRange.UNSATISFIABLE) {
                headers.put("Content-Range", "bytes */" + size);
                return new ApiResponse(416, ApiResponse.JSON,
                        ApiResponse.jsonBytes(Map.of("error", "bereik " + range + " ligt buiten het bestand (" + size + " bytes)")),
                        headers);
            }
            if (wanted != null) {
                headers.put("Content-Range", "bytes " + wanted.first() + "-" + wanted.last() + "/" + size);
                return new ApiResponse(206, "application/pdf",
                        new ApiResponse.FileRange(pdf, wanted.first(), wanted.length()), headers);
            }
        }
        return new ApiResponse(200, "application/pdf", new ApiResponse.FileRange(pdf, 0, size), headers);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
        }
        return false;
    }

    /**
     * One byte range of RFC 9110 ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-500}), clipped to the file.
     * Several ranges at once are answered with the whole file, which the RFC allows and viewers accept.
     */
    record ByteRange(long first, long last) {
        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        long length() {
            return last - first + 1;
        }

        /** Null when the header is not one range we read (the whole file is sent), UNSATISFIABLE past the end. */
        static ByteRange parse(String header, long size) {
            String spec = header.strip();
            if (!spec.regionMatches(true, 0, "bytes=", 0, 6)) return null;
            spec = spec.substring(6).strip();
            if (spec.contains(",")) return null;
            int dash = spec.indexOf('-');
            if (dash < 0) return null;
            try {
                String from = spec.substring(0, dash).strip();
                String to = spec.substring(dash + 1).strip();
                if (from.isEmpty()) {
                    if (to.isEmpty()) return null;
                    long suffix = Long.parseLong(to);
                    if (suffix <= 0 || size == 0) return UNSATISFIABLE;
                    return new ByteRange(Math.max(0, size - suffix), size - 1);
                }
                long first = Long.parseLong(from);
                long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
                if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) return null;
                if (first >= size) return UNSATISFIABLE;
                return new ByteRange(first, last);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
