package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.text.DocumentText;

/**
 * Decides a document's region once, at ingest: the source's word first, else what the title and text say, else
 * the publisher's place ("Raad van Almere"), else {@link #NATIONAL}. The catalog, the records and the index all get this one value, so the search facet, exports,
 * themes, trace and compare show national documents (IZA, AZWA, GALA) in the same "Landelijk" row.
 */
@FunctionalInterface
public interface RegionOfDocument {
    /** The region of documents that name none: the national accords and letters. */
    String NATIONAL = nl.regioplan.pipeline.store.PlanDocument.NATIONAL;

    /** @param publisher who published it, or null: a municipality's council names its region when the title does not */
    String regionOf(String declaredRegion, String title, String publisher, DocumentText text);
}
