package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.export.CsvDialect;
import nl.regioplan.pipeline.export.CsvExportWriter;
import nl.regioplan.pipeline.export.ExportSheet;
import nl.regioplan.pipeline.export.RecordType;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.PlanDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/targets?region=&theme=&year=&kind=&format=json|csv}: the targets of every plan as the
 * extractors wrote them, in catalog then document order. A target without a region of its own gets its
 * document's, so the region column and the region filter agree; the CSV is the export command's.
 */
final class TargetsEndpoint implements ApiEndpoint {
    private static final CsvExportWriter CSV = new CsvExportWriter(CsvDialect.RFC_4180);

    private final DataStore store;

    TargetsEndpoint(DataStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        String format = request.query("format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw ApiException.badRequest("onbekend formaat: " + format + "; kies json of csv");
        }
        List<TargetRecord> targets = select(TargetQuery.of(request));
        if (!"csv".equals(format)) return ApiResponse.json(targets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSV.write(List.of(new ExportSheet(RecordType.TARGETS.table(), targets)), out);
        return ApiResponse.attachment("text/csv; charset=utf-8", out.toByteArray(), "regioplan-doelen.csv");
    }

    private List<TargetRecord> select(TargetQuery query) {
        List<TargetRecord> kept = new ArrayList<>();
        for (PlanDocument document : PlanDocument.load(store)) {
            for (TargetRecord target : document.records().targets()) {
                String region = target.region() == null || target.region().isBlank() ? document.region() : target.region();
                if (query.matches(target, region)) kept.add(withRegion(target, region));
            }
        }
        return kept;
    }

    private static TargetRecord withRegion(TargetRecord t, String region) {
        if (region.equals(t.region())) return t;
        return new TargetRecord(t.doc(), t.page(), t.kind(), t.text(), t.deadline(), t.quantity(), t.unit(),
                t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(), t.sourceQuoted(), region, t.themes(),
                t.parties(), t.section(), t.pages(), t.method(), t.confidence());
    }
}
