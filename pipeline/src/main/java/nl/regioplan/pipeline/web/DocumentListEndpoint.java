package nl.regioplan.pipeline.web;

/** {@code GET /api/documents}: the catalog, one entry per ingested document, sources without file paths. */
final class DocumentListEndpoint implements ApiEndpoint {
    private final DataSnapshot.Cache data;

    DocumentListEndpoint(DataSnapshot.Cache data) {
        this.data = data;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(data.get().catalogJson());
    }
}
