package nl.regioplan.index.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;

/**
 * Which records an indexed document becomes and which fields each carries, the same in every engine: one record
 * for the document (its title page stands for it, so every hit has a page to open), one per passage, one per
 * target. Title, region and type are copied onto every record so a hit shows without a second lookup. Blank
 * values are left out. How a field is written is the engine's ({@link RecordFields}).
 */
public final class RecordLayout {
    /** The ordinal of the document's own record, before its passages (0, 1, ...) and then its targets. */
    public static final int DOCUMENT_ORDINAL = -1;

    private RecordLayout() {
    }

    public static <R> List<R> records(IndexedDocument indexed, RecordFields<R> fields) {
        DocumentEntry entry = indexed.document();
        List<R> records = new ArrayList<>();
        records.add(fields.finish(document(entry, fields)));
        int ordinal = 0;
        for (PassageEntry passage : indexed.passages()) {
            requireSameDoc(entry, passage.doc(), "passage");
            records.add(fields.finish(passage(entry, passage, ordinal++, fields)));
        }
        for (TargetEntry target : indexed.targets()) {
            requireSameDoc(entry, target.doc(), "target");
            records.add(fields.finish(target(entry, target, ordinal++, fields)));
        }
        return records;
    }

    /** How many records {@link #records} writes besides the document's own: ordinals 0 to this - 1. */
    public static int recordOrdinals(IndexedDocument indexed) {
        return indexed.passages().size() + indexed.targets().size();
    }

    private static void requireSameDoc(DocumentEntry entry, String doc, String what) {
        if (!Objects.equals(entry.doc(), doc)) {
            throw new IllegalArgumentException("a " + what + " of '" + doc + "' was handed in with document '"
                    + entry.doc() + "'");
        }
    }

    private static <R> R document(DocumentEntry entry, RecordFields<R> fields) {
        R record = common(entry, RecordKind.DOCUMENT, 1, DOCUMENT_ORDINAL, fields);
        fields.body(record, entry.title() == null ? "" : entry.title());
        fields.pages(record, entry.pages());
        stored(record, Fields.SHA256, entry.sha256(), fields);
        stored(record, Fields.PUBLISHER, entry.publisher(), fields);
        stored(record, Fields.DATE, entry.date(), fields);
        stored(record, Fields.SOURCE, entry.source(), fields);
        return record;
    }

    private static <R> R passage(DocumentEntry entry, PassageEntry passage, int ordinal, RecordFields<R> fields) {
        R record = tagged(entry, RecordKind.PASSAGE, passage.page(), ordinal, passage.text(), passage.kind(),
                passage.section(), passage.themes(), passage.parties(), fields);
        passage.years().stream().distinct().forEach(year -> fields.year(record, year));
        return record;
    }

    private static <R> R target(DocumentEntry entry, TargetEntry target, int ordinal, RecordFields<R> fields) {
        R record = tagged(entry, RecordKind.TARGET, target.page(), ordinal, target.text(), target.kind(),
                target.section(), target.themes(), target.parties(), fields);
        text(record, Fields.SUBJECT, target.subject(), fields);
        if (target.deadlineYear() != null) fields.year(record, target.deadlineYear());
        return record;
    }

    /** What a passage and a target both carry: text, kind, section, themes and parties. */
    private static <R> R tagged(DocumentEntry entry, RecordKind kindOfRecord, int page, int ordinal, String text,
                                String kind, String section, List<String> themes, List<String> parties,
                                RecordFields<R> fields) {
        R record = common(entry, kindOfRecord, page, ordinal, fields);
        fields.body(record, text == null ? "" : text);
        facet(record, Facet.KIND, kind, fields);
        text(record, Fields.SECTION, section, fields);
        themes.stream().distinct().forEach(theme -> facet(record, Facet.THEME, theme, fields));
        parties.stream().distinct().forEach(party -> facet(record, Facet.PARTY, party, fields));
        return record;
    }

    private static <R> R common(DocumentEntry entry, RecordKind kindOfRecord, int page, int ordinal,
                                RecordFields<R> fields) {
        R record = fields.start(entry.doc(), kindOfRecord, page, ordinal);
        fields.hitKey(record, hitKey(entry.doc(), page, ordinal));
        text(record, Fields.TITLE, entry.title(), fields);
        facet(record, Facet.REGION, entry.region(), fields);
        facet(record, Facet.TYPE, entry.type(), fields);
        return record;
    }

    /**
     * Which hit a record folds into: a search shows one hit for each page of a document, its best record, so all
     * records of a page share a key; a record without a page (page 0) is a hit of its own. A 64-bit FNV-1a hash of
     * the document id and the page (or the ordinal): two pages would share a key only by a collision of 64 bits.
     */
    public static long hitKey(String doc, int page, int ordinal) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < doc.length(); i++) hash = (hash ^ doc.charAt(i)) * 0x100000001b3L;
        hash = (hash ^ (page > 0 ? 'p' : 'r')) * 0x100000001b3L;
        long number = page > 0 ? page : ordinal;
        for (int shift = 0; shift < 32; shift += 8) hash = (hash ^ ((number >>> shift) & 0xff)) * 0x100000001b3L;
        return hash;
    }

    private static <R> void text(R record, String field, String value, RecordFields<R> fields) {
        if (present(value)) fields.text(record, field, value);
    }

    private static <R> void stored(R record, String field, String value, RecordFields<R> fields) {
        if (present(value)) fields.stored(record, field, value);
    }

    private static <R> void facet(R record, Facet facet, String value, RecordFields<R> fields) {
        if (present(value)) fields.facet(record, facet, value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
