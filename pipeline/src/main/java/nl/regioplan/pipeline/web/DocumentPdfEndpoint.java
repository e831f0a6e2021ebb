package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /api/documents/{doc}/pdf}: the original PDF, shown inline so {@code #page=N} opens the browser's
 * viewer at the page a hit came from.
 */
final class DocumentPdfEndpoint implements ApiEndpoint {
    private final DataStore store;
    private final DocumentLookup lookup;

    DocumentPdfEndpoint(DataStore store) {
        this.store = store;
        this.lookup = new DocumentLookup(store);
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws Exception {
        CatalogEntry entry = lookup.find(request.path("doc"));
        Path pdf = store.rawPdf(entry.doc());
        if (!Files.isRegularFile(pdf)) throw ApiException.notFound("geen PDF bewaard voor " + entry.doc());
        return ApiResponse.inline("application/pdf", Files.readAllBytes(pdf), entry.doc() + ".pdf");
    }
}
