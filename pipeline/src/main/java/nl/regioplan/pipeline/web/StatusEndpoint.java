package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;

/** {@code GET /api/status}: the same figures as {@code regioplan status --json}. */
final class StatusEndpoint implements ApiEndpoint {
    private final DataStore store;

    StatusEndpoint(DataStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(DataStatus.of(store));
    }
}
