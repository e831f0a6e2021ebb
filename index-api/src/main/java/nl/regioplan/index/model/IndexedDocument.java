package nl.regioplan.index.model;

import java.util.List;

/** All entries of one document, written (and replaced) together in one atomic commit. */
public record IndexedDocument(DocumentEntry document, List<PassageEntry> passages, List<TargetEntry> targets) {
    public IndexedDocument {
        passages = List.copyOf(passages);
        targets = List.copyOf(targets);
    }
}
