package nl.regioplan.index.search;

import nl.regioplan.index.model.TargetEntry;

/** A target as indexed, with the document facts a listing or export shows beside it. */
public record TargetRow(TargetEntry target, String title, String region, String type) {
}
