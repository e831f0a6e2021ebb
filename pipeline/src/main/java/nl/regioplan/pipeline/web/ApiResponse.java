package nl.regioplan.pipeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regioplan.pipeline.store.DataStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers: status, content type, the body, and any extra headers. */
public record ApiResponse(int status, String contentType, Body body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectWriter COMPACT = DataStore.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    /** Bytes in memory, or a stretch of a file the server sends from disk without reading it into the heap. */
    public sealed interface Body permits Bytes, FileRange {
        long length();
    }

    public record Bytes(byte[] bytes) implements Body {
        @Override
        public long length() {
            return bytes.length;
        }
    }

    public record FileRange(Path file, long offset, long length) implements Body {
    }

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, new Bytes(body), headers);
    }

    public static ApiResponse json(Object value) {
        try {
            return new ApiResponse(200, JSON, COMPACT.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** JSON already written (a cached answer). */
    public static ApiResponse json(byte[] written) {
        return new ApiResponse(200, JSON, written, Map.of());
    }

    static byte[] jsonBytes(Object value) {
        try {
            return COMPACT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public static ApiResponse error(int status, String message) {
        return new ApiResponse(status, JSON, jsonBytes(Map.of("error", message)), Map.of());
    }

    /** A download: the browser saves it under {@code fileName} instead of showing it. */
    public static ApiResponse attachment(String contentType, byte[] body, String fileName) {
        return new ApiResponse(200, contentType, body, Map.of("Content-Disposition", disposition("attachment", fileName)));
    }

    /** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 name for the rest (document ids hold accents). */
    static String disposition(String type, String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "")
                .replaceAll("[\"\\\\]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    public static ApiResponse text(String contentType, String body) {
        return new ApiResponse(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** This response with one more header (or another value for one it had). */
    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more);
    }
}
