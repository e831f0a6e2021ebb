package nl.regioplan.pipeline.web;

import nl.regioplan.index.SearchIndex;
import nl.regioplan.pipeline.store.DataStore;
import org.apache.camel.builder.RouteBuilder;

/** The page and the JSON API: one platform-http route per GET endpoint, each ending in its endpoint. */
public final class WebRoutes extends RouteBuilder {
    private final DataStore store;
    private final SearchIndex index;

    /** @param index the store's index, opened by the caller, who closes it after the server */
    public WebRoutes(DataStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void configure() {
        get("/", new PageAssets("index.html"));
        get("/assets/{name}", new PageAssets(null));
        DataSnapshot.Cache data = new DataSnapshot.Cache(store);
        get("/api/status", new StatusEndpoint(data));
        get("/api/documents", new DocumentListEndpoint(data));
        get("/api/documents/{doc}", new DocumentEndpoint(store));
        get("/api/documents/{doc}/pdf", new DocumentPdfEndpoint(store));
        get("/api/search", new SearchEndpoint(index));
        get("/api/targets", new TargetsEndpoint(data));
        get("/api/themes/matrix", new ThemeMatrixEndpoint(data));
        get("/api/measurability", new MeasurabilityEndpoint(data));
        // Last, so Vert.x tries every endpoint before it.
        from("platform-http:/?matchOnUriPrefix=true").routeId("web unmatched").process(new UnmatchedRequest());
    }

    private void get(String path, ApiEndpoint endpoint) {
        from("platform-http:" + path + "?httpMethodRestrict=GET,HEAD")
                .routeId("web GET " + path)
                .process(new EndpointProcessor(endpoint, new PathTemplate(path)));
    }
}
