package nl.regioplan.pipeline.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page and its scripts and styles, served from the classpath: the page needs nothing from outside the app.
 * Only plain file names with a known type are looked up, so a request can never walk the classpath.
 */
final class PageAssets implements ApiEndpoint {
    private static final String FOLDER = "/nl/regioplan/pipeline/web/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    /** The browser itself enforces "nothing from outside": only this server's scripts, styles and images. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final String name;

    /** Serves one fixed file (the page at "/"); null serves the file the {@code name} path parameter names. */
    PageAssets(String name) {
        this.name = name;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        String file = name != null ? name : request.path("name");
        if (file == null || !NAME.matcher(file).matches()) throw ApiException.notFound("niet gevonden: " + file);
        try (InputStream in = PageAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw ApiException.notFound("niet gevonden: " + file);
            String ending = file.substring(file.lastIndexOf('.') + 1);
            return new ApiResponse(200, TYPES.get(ending), in.readAllBytes(),
                    Map.of("Cache-Control", "no-cache", "Content-Security-Policy", POLICY));
        }
    }
}
