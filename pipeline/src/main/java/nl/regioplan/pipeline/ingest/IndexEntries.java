package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;
import nl.regioplan.pipeline.store.CatalogEntry;

import java.util.List;

/** Maps a document's records onto the index's entries (the index module knows nothing of the extractors). */
public final class IndexEntries {
    private IndexEntries() {
    }

    public static IndexedDocument of(CatalogEntry entry, DocumentRecords records) {
        DocumentEntry document = new DocumentEntry(entry.doc(), entry.title(), entry.region(), entry.type(),
                entry.pages(), entry.sha256(), entry.publisher(), entry.date(), entry.source());
        List<PassageEntry> passages = records.passages().stream().map(IndexEntries::passage).toList();
        List<TargetEntry> targets = records.targets().stream().map(IndexEntries::target).toList();
        return new IndexedDocument(document, passages, targets);
    }

    private static PassageEntry passage(PassageRecord p) {
        return new PassageEntry(p.doc(), p.page(), p.kind(), p.section(), p.text(), p.themes(), p.parties(), p.years());
    }

    private static TargetEntry target(TargetRecord t) {
        return new TargetEntry(t.doc(), t.page() == null ? 0 : t.page(), t.kind(), t.text(), t.deadlineYear(),
                t.subject(), t.section(), t.themes(), t.parties());
    }
}
