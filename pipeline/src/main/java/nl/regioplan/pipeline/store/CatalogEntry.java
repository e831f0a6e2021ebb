package nl.regioplan.pipeline.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the data folder knows about one ingested document. Written last, after text, records and index entries,
 * so an entry present means the document went through every stage.
 *
 * @param source          where the bytes came from (a path or URL)
 * @param publicationYear the year the document appeared, decided at ingest with its title and region (the records'
 *                        deadlines are read against it); null when nothing tells, or for an entry from before
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogEntry(String doc, String sha256, String source, String title, String region, String type,
                           Integer publicationYear, String publisher, String date, int pages, int ocrPages,
                           String ingestedAt) {
}
