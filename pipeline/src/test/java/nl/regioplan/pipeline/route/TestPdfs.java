package nl.regioplan.pipeline.route;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Real PDFs, and the four kinds of bad input a user meets, written by the test itself. */
final class TestPdfs {
    private TestPdfs() {
    }

    /** A PDF with one page per string; each string's lines are set top to bottom. */
    static Path write(Path file, List<String> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    out.beginText();
                    out.setFont(font, 11);
                    out.setLeading(15);
                    out.newLineAtOffset(60, 780);
                    for (String line : text.split("\n")) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("leeg.pdf"), new byte[0]);
    }

    static Path htmlNamedPdf(Path dir) throws IOException {
        return Files.writeString(dir.resolve("webpagina.pdf"),
                "<!DOCTYPE html><html><head><title>Niet gevonden</title></head><body>404</body></html>");
    }

    static Path truncated(Path dir) throws IOException {
        Path whole = write(dir.resolve("whole.tmp"), List.of("Een pagina tekst.\nNog een regel.", "Tweede pagina."));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(dir.resolve("afgebroken.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
    }

    static Path passwordProtected(Path dir) throws IOException {
        Path file = dir.resolve("beveiligd.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }
}
