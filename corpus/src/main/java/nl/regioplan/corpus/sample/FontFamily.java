package nl.regioplan.corpus.sample;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold fonts of one sample PDF, and the same face for drawing the scanned page.
 *
 * <p>DejaVu Sans is preferred because it has every Dutch diacritic and is freely licensed: first the copy in the
 * jasperreports-fonts jar on the class path (so every machine has it), then the system's. Without either, the
 * PDF falls back to Helvetica, whose WinAnsi encoding covers Dutch but not every character of the seeds.
 *
 * @param scanFace the regular face for AWT at size 1, to draw the scanned page in
 * @param source   where the fonts came from, for the report
 */
record FontFamily(LayoutFont regular, LayoutFont bold, Font scanFace, String source) {
    private static final String BUNDLED = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Path SYSTEM = Path.of("/usr/share/fonts/truetype/dejavu/");

    static FontFamily load(PDDocument document) throws IOException {
        Optional<FontFamily> family = bundled(document);
        if (family.isEmpty()) family = system(document);
        return family.orElseGet(FontFamily::helvetica);
    }

    /** The regular face as an AWT font of {@code size} pixels, for rendering the scanned page. */
    Font awtFont(int style, float size) {
        return scanFace.deriveFont(style, size);
    }

    private static Optional<FontFamily> bundled(PDDocument document) throws IOException {
        byte[] regular = resource(BUNDLED + "DejaVuSans.ttf");
        byte[] bold = resource(BUNDLED + "DejaVuSans-Bold.ttf");
        if (regular == null || bold == null) return Optional.empty();
        return Optional.of(trueType(document, regular, bold, "DejaVu Sans (jasperreports-fonts)"));
    }

    private static Optional<FontFamily> system(PDDocument document) throws IOException {
        Path regular = SYSTEM.resolve("DejaVuSans.ttf");
        Path bold = SYSTEM.resolve("DejaVuSans-Bold.ttf");
        if (!Files.isReadable(regular) || !Files.isReadable(bold)) return Optional.empty();
        return Optional.of(trueType(document, Files.readAllBytes(regular), Files.readAllBytes(bold),
                "DejaVu Sans (" + SYSTEM + ")"));
    }

    static FontFamily helvetica() {
        return new FontFamily(new LayoutFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA)),
                new LayoutFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)), logicalSansSerif(),
                "Helvetica (Standard 14)");
    }

    private static FontFamily trueType(PDDocument document, byte[] regular, byte[] bold, String source)
            throws IOException {
        Font scanFace;
        try {
            scanFace = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(regular));
        } catch (FontFormatException e) {
            // PDFBox took these bytes; should AWT not, its logical font still draws the scan's text.
            scanFace = logicalSansSerif();
        }
        return new FontFamily(
                new LayoutFont(PDType0Font.load(document, new ByteArrayInputStream(regular))),
                new LayoutFont(PDType0Font.load(document, new ByteArrayInputStream(bold))),
                scanFace, source);
    }

    private static Font logicalSansSerif() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontFamily.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
