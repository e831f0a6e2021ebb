package nl.regioplan.pipeline.web;

import java.util.Map;

/**
 * What an endpoint reads of a request: decoded path and query parameters, first value wins. Blank values count as
 * absent, so an empty filter field in a form means "no filter".
 */
public record ApiRequest(Map<String, String> pathParams, Map<String, String> queryParams) {
    public ApiRequest {
        pathParams = Map.copyOf(pathParams);
        queryParams = Map.copyOf(queryParams);
    }

    public String path(String name) {
        return pathParams.get(name);
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
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }
}
