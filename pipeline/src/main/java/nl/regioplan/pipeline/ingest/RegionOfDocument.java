package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.text.DocumentText;

/** Decides a document's region: the source's word first, else what the title and text say. */
@FunctionalInterface
public interface RegionOfDocument {
    String regionOf(String declaredRegion, String title, DocumentText text);
}
