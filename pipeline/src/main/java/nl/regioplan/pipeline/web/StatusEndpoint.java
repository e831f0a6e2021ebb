package nl.regioplan.pipeline.web;

/** {@code GET /api/status}: the same figures as {@code regioplan status --json}, without file paths. */
final class StatusEndpoint implements ApiEndpoint {
    private final DataSnapshot.Cache data;

    StatusEndpoint(DataSnapshot.Cache data) {
        this.data = data;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(data.get().statusJson());
    }
}
