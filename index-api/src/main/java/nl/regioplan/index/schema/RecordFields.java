package nl.regioplan.index.schema;

/**
 * How one engine writes the fields {@link RecordLayout} puts on a record. Values handed in are never blank: the
 * layout leaves a field out instead.
 *
 * @param <R> the engine's record (a Lucene document, a Solr input document)
 */
public interface RecordFields<R> {
    /** A new record with what identifies it: document id, record kind, page and ordinal. */
    R start(String doc, RecordKind record, int page, int ordinal);

    /** The record's {@link RecordLayout#hitKey}, which the engine counts distinct values of. */
    void hitKey(R record, long key);

    /** The searched text: a passage's or target's text, a document's title; empty, never null. */
    void body(R record, String text);

    /** An analysed, stored field (title, section, subject). */
    void text(R record, String field, String value);

    /** A field that is only shown (hash, publisher, date, source). */
    void stored(R record, String field, String value);

    void pages(R record, int pages);

    void facet(R record, Facet facet, String value);

    /** A year the record names: a facet value and, where the engine can, a number to filter ranges on. */
    void year(R record, int year);

    /** The record as the engine indexes it, after its last field. */
    default R finish(R record) {
        return record;
    }
}
