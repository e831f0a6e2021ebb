package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.DataStore;
import org.apache.camel.builder.RouteBuilder;

/** The page and the JSON API: one platform-http route per GET endpoint, each ending in its endpoint. */
public final class WebRoutes extends RouteBuilder {
    private final DataStore store;

    public WebRoutes(DataStore store) {
        this.store = store;
    }

    @Override
    public void configure() {
        get("/", new PageAssets("index.html"));
        get("/assets/{name}", new PageAssets(null));
        get("/api/status", new StatusEndpoint(store));
        get("/api/documents", new DocumentListEndpoint(store));
        get("/api/documents/{doc}", new DocumentEndpoint(store));
        get("/api/documents/{doc}/pdf", new DocumentPdfEndpoint(store));
        get("/api/targets", new TargetsEndpoint(store));
        get("/api/themes/matrix", new ThemeMatrixEndpoint(store));
        // Last, so Vert.x tries every endpoint before it.
        from("platform-http:/?matchOnUriPrefix=true").routeId("web unmatched").process(new UnmatchedRequest());
    }

    private void get(String path, ApiEndpoint endpoint) {
        from("platform-http:" + path + "?httpMethodRestrict=GET,HEAD")
                .routeId("web GET " + path)
                .process(new EndpointProcessor(endpoint, new PathTemplate(path)));
    }
}
