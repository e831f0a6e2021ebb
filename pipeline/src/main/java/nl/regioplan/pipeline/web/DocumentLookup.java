package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

/** Finds the catalogued document a URL names; an id that could be a path never gets near the file system. */
final class DocumentLookup {
    private DocumentLookup() {
    }

    static CatalogEntry find(DataStore store, String doc) {
        if (!DataStore.isSafeDocId(doc)) throw ApiException.badRequest("geen geldige document-id: " + printable(doc));
        return store.catalogEntry(doc).orElseThrow(() -> ApiException.notFound("onbekend document: " + doc));
    }

    /** Echoes the refused id without control characters (NUL, line breaks) that could garble logs and clients. */
    private static String printable(String doc) {
        return doc == null ? "" : doc.replaceAll("\\p{Cntrl}", "?");
    }
}
