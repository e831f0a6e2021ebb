package nl.regioplan.pipeline.export;

import nl.regioplan.pipeline.store.PlanDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the records of some types out of the documents, through a filter, in catalog then document order, as the
 * sheets of an export file (typed columns: {@link RecordType#typedTable()}).
 */
public final class RecordSelection {
    private RecordSelection() {
    }

    public static List<ExportSheet> select(List<PlanDocument> documents, List<RecordType> types, RecordFilter filter) {
        List<ExportSheet> sheets = new ArrayList<>();
        for (RecordType type : types) sheets.add(sheet(type.typedTable(), documents, filter));
        return sheets;
    }

    private static <R> ExportSheet sheet(RecordTable<R> table, List<PlanDocument> documents, RecordFilter filter) {
        List<R> kept = new ArrayList<>();
        for (PlanDocument document : documents) {
            for (R record : table.recordsOf(document.records())) {
                if (table.accepts(record, document.region(), filter)) kept.add(record);
            }
        }
        return new ExportSheet(table, kept);
    }
}
