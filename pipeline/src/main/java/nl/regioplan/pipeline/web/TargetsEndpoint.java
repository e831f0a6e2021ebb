package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.export.CsvDialect;
import nl.regioplan.pipeline.export.CsvExportWriter;
import nl.regioplan.pipeline.export.ExportSheet;
import nl.regioplan.pipeline.export.RecordType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/targets?region=&theme=&year=&kind=&format=json|csv}: the targets of every plan as the
 * extractors wrote them, in catalog then document order. A target without a region of its own gets its
 * document's, so the region column and the region filter agree; the CSV is the export command's.
 */
final class TargetsEndpoint implements ApiEndpoint {
    private static final CsvExportWriter CSV = new CsvExportWriter(CsvDialect.RFC_4180);

    private final DataSnapshot.Cache data;

    TargetsEndpoint(DataSnapshot.Cache data) {
        this.data = data;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        String format = request.query("format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw ApiException.badRequest("onbekend formaat: " + format + "; kies json of csv");
        }
        TargetQuery query = TargetQuery.of(request);
        DataSnapshot snapshot = data.get();
        if (!"csv".equals(format) && query.isEmpty()) return ApiResponse.json(snapshot.targetsJson());
        List<TargetRecord> targets = snapshot.targets().stream().filter(t -> query.matches(t, t.region())).toList();
        if (!"csv".equals(format)) return ApiResponse.json(targets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSV.write(List.of(new ExportSheet(RecordType.TARGETS.table(), targets)), out);
        return ApiResponse.attachment("text/csv; charset=utf-8", out.toByteArray(), "regioplan-doelen.csv");
    }
}
