package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.PdfDocumentTextExtractor;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.RawCopy;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingest reads an incoming PDF once (hashing it while it copies it into raw/) and parses the raw copy with that
 * hash: the incoming file may be gone after the copy, and the text extractor is never asked to hash a file itself.
 */
class IncomingPdfReadOnceTest {
    @TempDir
    Path dir;

    private record Parse(Path pdf, String sha256) {
    }

    /** Parses in this JVM, as the parse workers do, and notes what it was handed. */
    private static final class RecordingExtractor implements DocumentTextExtractor {
        final List<Parse> parses = new ArrayList<>();
        final PdfDocumentTextExtractor real = new PdfDocumentTextExtractor();

        @Override
        public DocumentText extract(Path pdf, String doc, String sha256) throws ExtractionException {
            parses.add(new Parse(pdf, sha256));
            return real.extract(pdf, doc, sha256);
        }

        @Override
        public DocumentText extract(Path pdf, String doc) {
            throw new AssertionError("the ingest asked the text extractor to hash " + pdf + " again");
        }
    }

    @Test
    void theIncomingFileIsReadOnceAndTheRawCopyIsParsedWithItsHash() throws Exception {
        Path incoming = pdf(dir.resolve("inbox").resolve("plan-noord.pdf"), "Regioplan Noord: wachttijden in de ggz omlaag.");
        String sha = sha256(incoming);
        DataStore store = new DataStore(dir.resolve("data"));
        RecordingExtractor text = new RecordingExtractor();
        DocumentIngester ingester = new DocumentIngester(store,
                new PipelineComponents(text, null, (region, title, publisher, t) -> region), null, new IngestTally(),
                new SilentProgress());

        DocumentJob job = ingester.storeRaw(ingester.identify(DocumentJob.of(IncomingDocument.ofFile(incoming))));
        Files.delete(incoming);
        job = ingester.extractText(job);

        assertThat(job.sha256()).isEqualTo(sha);
        assertThat(sha256(store.rawPdf("plan-noord"))).as("the raw copy holds the bytes that were hashed").isEqualTo(sha);
        assertThat(text.parses).containsExactly(new Parse(store.rawPdf("plan-noord"), sha));
        assertThat(job.text().sha256()).isEqualTo(sha);
        assertThat(job.text().pages().getFirst().text()).contains("wachttijden");
        try (var left = Files.list(store.rawPdf("plan-noord").getParent())) {
            assertThat(left).as("no copy left beside raw/").containsExactly(store.rawPdf("plan-noord"));
        }
    }

    @Test
    void anUnchangedFileIsSkippedWithoutLeavingItsCopyBehind() throws Exception {
        Path incoming = pdf(dir.resolve("plan-zuid.pdf"), "Regioplan Zuid: mantelzorg.");
        DataStore store = new DataStore(dir.resolve("data"));
        store.putCatalogEntry(new CatalogEntry("plan-zuid", sha256(incoming), incoming.toString(), "Regioplan Zuid",
                "Zuid", "regioplan", null, null, null, 1, 0, "2026-12-02T00:00:00Z"));
        RecordingExtractor text = new RecordingExtractor();
        DocumentIngester ingester = new DocumentIngester(store,
                new PipelineComponents(text, null, (region, title, publisher, t) -> region), null, new IngestTally(),
                new SilentProgress());

        DocumentJob job = ingester.identify(DocumentJob.of(IncomingDocument.ofFile(incoming)));

        assertThat(job.unchanged()).isTrue();
        assertThat(text.parses).isEmpty();
        try (var left = Files.list(store.rawPdf("plan-zuid").getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnchangedFileWhoseRawCopyIsInPlaceIsHashedWithoutBeingCopiedAgain() throws Exception {
        Path incoming = pdf(dir.resolve("plan-west.pdf"), "Regioplan West: valpreventie.");
        DataStore store = new DataStore(dir.resolve("data"));
        store.putRaw("plan-west", incoming);
        String sha = sha256(incoming);

        RawCopy same = store.copyRaw("plan-west", incoming, sha);
        RawCopy changed = store.copyRaw("plan-west", pdf(dir.resolve("new").resolve("plan-west.pdf"),
                "Regioplan West: valpreventie en mantelzorg."), sha);

        assertThat(same.staged()).as("nothing staged for bytes already in place").isNull();
        assertThat(same.sha256()).isEqualTo(sha);
        assertThat(changed.staged()).as("other bytes are copied as before").isNotNull();
        changed.discard();
        assertThat(sha256(store.rawPdf("plan-west"))).isEqualTo(sha);
    }

    @Test
    void aSecondFileThatIsTheSameDocumentIsRefusedWhileTheFirstIsInFlightAndItsRawCopyStays() throws Exception {
        Path first = pdf(dir.resolve("2023").resolve("plan-oost.pdf"), "Regioplan Oost 2023: mantelzorg.");
        Path second = pdf(dir.resolve("2024").resolve("plan-oost.pdf"), "Regioplan Oost 2024: wachttijden in de ggz.");
        DataStore store = new DataStore(dir.resolve("data"));
        RecordingExtractor text = new RecordingExtractor();
        DocumentIngester ingester = new DocumentIngester(store,
                new PipelineComponents(text, null, (region, title, publisher, t) -> region), null, new IngestTally(),
                new SilentProgress());

        DocumentJob job = ingester.storeRaw(ingester.identify(DocumentJob.of(IncomingDocument.ofFile(first))));
        IncomingDocument other = IncomingDocument.ofFile(second);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ingester.identify(DocumentJob.of(other)));
        ingester.quarantine(other, null, refused);
        job = ingester.extractText(job);

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document 'plan-oost'").hasMessageContaining(first.toString())
                .hasMessageContaining("rename one of the two files");
        assertThat(job.text().pages().getFirst().text()).as("the first parses its own bytes").contains("mantelzorg");
        assertThat(sha256(store.rawPdf("plan-oost"))).isEqualTo(sha256(first));
        assertThat(store.quarantined()).extracting(q -> q.reason()).singleElement().asString()
                .contains("rename one of the two files");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Path pdf(Path file, String line) throws Exception {
        Files.createDirectories(file.getParent());
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static final class SilentProgress implements IngestProgress {
        @Override
        public void documentDone(IncomingDocument document, int pages) {
        }

        @Override
        public void documentSkipped(IncomingDocument document) {
        }

        @Override
        public void documentFailed(IncomingDocument document, String reason) {
        }
    }
}
