package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of file that cannot be extracted is refused with the reason a user can act on. */
class BadInputTest {
    @TempDir
    Path dir;

    private final PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor();

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path pdf = Files.createFile(dir.resolve("leeg.pdf"));
        assertFailure(pdf, ExtractionFailure.EMPTY);
    }

    @Test
    void refusesAnHtmlPageSavedAsPdf() throws Exception {
        Path pdf = Files.writeString(dir.resolve("regioplan.pdf"),
                "<!DOCTYPE html>\n<html><head><title>404 Niet gevonden</title></head><body>Pagina niet gevonden</body></html>\n");
        assertFailure(pdf, ExtractionFailure.NOT_PDF);
    }

    @Test
    void refusesAPdfThatNeedsAPasswordToOpen() throws Exception {
        Path pdf = dir.resolve("beveiligd.pdf");
        try (TestPdf out = textPdf()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "gebruiker", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            out.document.protect(policy);
            out.save(pdf);
        }
        assertFailure(pdf, ExtractionFailure.ENCRYPTED);
    }

    @Test
    void extractsAPdfWithOnlyAnOwnerPassword() throws Exception {
        Path pdf = dir.resolve("alleen-eigenaar.pdf");
        try (TestPdf out = textPdf()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "", permissions);
            policy.setEncryptionKeyLength(128);
            out.document.protect(policy);
            out.save(pdf);
        }
        assertThat(extractor.extract(pdf, "alleen-eigenaar").pages().get(0).text())
                .isEqualTo("Het regioplan beschrijft de opgaven van de regio.");
    }

    @Test
    void refusesATruncatedPdf() throws Exception {
        Path whole = dir.resolve("heel.pdf");
        try (TestPdf out = textPdf()) {
            for (int i = 0; i < 5; i++) out.a4().lines(60, 100, 10, List.of("Nog een pagina met tekst nummer " + i));
            out.save(whole);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path pdf = Files.write(dir.resolve("afgebroken.pdf"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
        assertFailure(pdf, ExtractionFailure.CORRUPT);
    }

    @Test
    void refusesAPdfWhoseStructureIsGarbage() throws Exception {
        Path pdf = Files.writeString(dir.resolve("kapot.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n");
        assertFailure(pdf, ExtractionFailure.CORRUPT);
    }

    @Test
    void refusesAPdfWithoutAnyText() throws Exception {
        Path pdf = dir.resolve("blanco.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().a4();
            out.save(pdf);
        }
        assertFailure(pdf, ExtractionFailure.NO_TEXT);
    }

    private void assertFailure(Path pdf, ExtractionFailure failure) {
        assertThatThrownBy(() -> extractor.extract(pdf, "x"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.failure()).isEqualTo(failure))
                .hasMessageStartingWith(failure.description());
    }

    private static TestPdf textPdf() throws Exception {
        TestPdf out = new TestPdf();
        out.a4().lines(60, 100, 10, List.of("Het regioplan beschrijft de opgaven van de regio."));
        return out;
    }
}
