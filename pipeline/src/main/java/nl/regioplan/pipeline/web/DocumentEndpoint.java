package nl.regioplan.pipeline.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;

import java.util.Map;

/** {@code GET /api/documents/{doc}}: one catalog entry (without file paths) and how many records of each type it holds. */
record DocumentEndpoint(DataStore store) implements ApiEndpoint {
    @Override
    public ApiResponse handle(ApiRequest request) {
        CatalogEntry entry = DocumentLookup.find(store, request.path("doc"));
        Map<String, Integer> counts = store.readModel().documents().stream().filter(d -> d.doc().equals(entry.doc()))
                .findFirst().map(PlanDocument::recordCounts).orElse(Map.of());
        return ApiResponse.json(new Details(PublicView.of(entry), counts));
    }

    record Details(@JsonUnwrapped CatalogEntry document, Map<String, Integer> records) {
    }
}
