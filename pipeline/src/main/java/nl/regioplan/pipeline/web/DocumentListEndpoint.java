package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.DataStore;

/** {@code GET /api/documents}: the catalog, one entry per ingested document. */
final class DocumentListEndpoint implements ApiEndpoint {
    private final DataStore store;

    DocumentListEndpoint(DataStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(store.catalog());
    }
}
