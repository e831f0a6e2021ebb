package nl.regioplan.pipeline.web;

import java.util.Locale;
import java.util.Map;

/**
 * What an endpoint reads of a request: decoded path and query parameters, first value wins, and the request
 * headers by lower-case name. Blank values count as absent, so an empty filter field in a form means "no filter".
 */
public record ApiRequest(Map<String, String> pathParams, Map<String, String> queryParams, Map<String, String> headers) {
    public ApiRequest {
        pathParams = Map.copyOf(pathParams);
        queryParams = Map.copyOf(queryParams);
        headers = Map.copyOf(headers);
    }

    public ApiRequest(Map<String, String> pathParams, Map<String, String> queryParams) {
        this(pathParams, queryParams, Map.of());
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** A request header, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** A query parameter, trimmed; null when absent or blank. */
    public String query(String name) {
        String value = queryParams.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole-number query parameter within bounds, else 400 naming the parameter. */
    public Integer intQuery(String name, int min, int max) {
        String value = query(name);
        if (value == null) return null;
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // falls through to the same message as an out-of-range number
        }
        throw ApiException.badRequest(name + " moet een heel getal van " + min + " tot " + max + " zijn, niet '" + value + "'");
    }
}
