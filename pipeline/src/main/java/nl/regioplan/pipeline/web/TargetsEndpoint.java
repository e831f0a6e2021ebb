package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.export.CsvDialect;
import nl.regioplan.pipeline.export.CsvExportWriter;
import nl.regioplan.pipeline.export.ExportSheet;
import nl.regioplan.pipeline.export.ExportWriter;
import nl.regioplan.pipeline.export.XlsxExportWriter;
import nl.regioplan.pipeline.export.RecordType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/targets?region=&theme=&year=&kind=&text=&format=json|csv|excel-nl|xlsx}: the targets of every
 * plan as the extractors wrote them, in catalog then document order. A target without a region of its own gets its
 * document's, so the region column and the region filter agree. The files are the export command's: RFC 4180 CSV,
 * the CSV Dutch Excel opens by double-click (BOM, ';', decimal comma), or a workbook with typed columns.
 */
final class TargetsEndpoint implements ApiEndpoint {
    private static final Map<String, Download> DOWNLOADS = Map.of(
            "csv", new Download(new CsvExportWriter(CsvDialect.RFC_4180), "text/csv; charset=utf-8", "regioplan-doelen.csv"),
            "excel-nl", new Download(new CsvExportWriter(CsvDialect.EXCEL_NL), "text/csv; charset=utf-8", "regioplan-doelen.csv"),
            "xlsx", new Download(new XlsxExportWriter(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "regioplan-doelen.xlsx"));

    private record Download(ExportWriter writer, String contentType, String fileName) {
    }

    private final DataSnapshot.Cache data;

    TargetsEndpoint(DataSnapshot.Cache data) {
        this.data = data;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        String format = request.query("format");
        if (format != null && !format.equals("json") && !DOWNLOADS.containsKey(format)) {
            throw ApiException.badRequest("onbekend formaat: " + format + "; kies json, csv, excel-nl of xlsx");
        }
        TargetQuery query = TargetQuery.of(request);
        DataSnapshot snapshot = data.get();
        Download download = format == null ? null : DOWNLOADS.get(format);
        if (download == null && query.isEmpty()) return ApiResponse.json(snapshot.targetsJson());
        List<TargetRecord> targets = snapshot.targets().stream().filter(t -> query.matches(t, t.region())).toList();
        if (download == null) return ApiResponse.json(targets);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // files for Excel and pandas: the deadline as typed columns (deadline_year, deadline_date), as `export` writes it
        download.writer().write(List.of(new ExportSheet(RecordType.TARGETS.typedTable(), targets)), out);
        return ApiResponse.attachment(download.contentType(), out.toByteArray(), download.fileName());
    }
}
