package nl.regioplan.pipeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regioplan.pipeline.store.DataStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/** What an endpoint answers: status, content type, the bytes, and any extra headers. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";
    private static final ObjectWriter COMPACT = DataStore.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(Object value) {
        try {
            return new ApiResponse(200, JSON, COMPACT.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public static ApiResponse error(int status, String message) {
        try {
            return new ApiResponse(status, JSON, COMPACT.writeValueAsBytes(Map.of("error", message)), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A download: the browser saves it under {@code fileName} instead of showing it. */
    public static ApiResponse attachment(String contentType, byte[] body, String fileName) {
        return new ApiResponse(200, contentType, body, Map.of("Content-Disposition", disposition("attachment", fileName)));
    }

    /** Shown by the browser itself (a PDF viewer tab), with a file name for "save as". */
    public static ApiResponse inline(String contentType, byte[] body, String fileName) {
        return new ApiResponse(200, contentType, body, Map.of("Content-Disposition", disposition("inline", fileName)));
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
}
