package nl.regioplan.pipeline.cli;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.pipeline.export.ExportFiles;
import nl.regioplan.pipeline.export.ExportFormat;
import nl.regioplan.pipeline.export.RecordFilter;
import nl.regioplan.pipeline.export.RecordSelection;
import nl.regioplan.pipeline.export.RecordType;
import nl.regioplan.pipeline.ingest.DocumentPreparation;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.source.FolderSource;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", description = {
        "Extract records straight from PDFs, without a data folder or index.",
        "A record's doc is its file name without .pdf. Files that cannot be read are reported and skipped."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDF files or folders.")
    List<Path> paths;

    @Option(names = "--records", paramLabel = "TYPE",
            description = "targets (default), percentages, years, parties, themes, passages or all.")
    String records = "targets";

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
    String format = "jsonl";

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output"
            + " (a folder when several record types go to csv/jsonl).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<RecordType> types = RecordType.parse(records);
        ExportFormat exportFormat = ExportFormat.parse(format);
        if (exportFormat == ExportFormat.XLSX) throw new IllegalArgumentException("extract writes jsonl or csv; use `export` for xlsx");
        PipelineComponents components = PipelineComponents.defaults();
        List<PlanDocument> documents = new ArrayList<>();
        int failed = 0;
        DocumentPreparation preparation = new DocumentPreparation(components);
        for (IncomingDocument in : FolderSource.documents(paths)) {
            String doc = in.docId() != null ? in.docId() : DataStore.docIdOf(in.fileName());
            try {
                DocumentPreparation.Prepared p = preparation.prepare(in, doc, components.recordExtractor());
                DocumentText text = p.text();
                documents.add(new PlanDocument(new CatalogEntry(doc, text.sha256(), in.source(), p.context().title(),
                        p.context().region(), in.type(), p.context().publicationYear(), null, null, text.pages().size(), 0, null), p.records(),
                        p.context().region()));
                System.err.printf("%s: %d pages, %d targets%n", in.fileName(), text.pages().size(), p.records().targets().size());
            } catch (ExtractionException e) {
                failed++;
                System.err.printf("regioplan: skipped %s: %s%n", in.fileName(), e.getMessage());
            }
        }
        ExportFiles.write(RecordSelection.select(documents, types, RecordFilter.NONE), exportFormat, exportFormat.writer(false), out, System.out);
        return documents.isEmpty() && failed > 0 ? 1 : 0;
    }
}
