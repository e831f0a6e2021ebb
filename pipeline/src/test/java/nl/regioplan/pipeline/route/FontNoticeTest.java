package nl.regioplan.pipeline.route;

import nl.regioplan.pipeline.cli.CommandRun;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Many real plans name fonts they do not embed; PDFBox's notice about each must not break the progress line. */
class FontNoticeTest {
    @TempDir
    Path tmp;

    @Test
    void aPdfNamingAFontItDoesNotEmbedIngestsWithoutFontNoticesOnStandardError() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        writeWithMissingFont(in.resolve("zonder-lettertype.pdf"), "Regioplan zonder ingebed lettertype over mantelzorg.");

        CommandRun run = CommandRun.of("ingest", in.toString(), "--data", tmp.resolve("data").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("ingested 1 document");
        assertThat(run.err()).doesNotContainIgnoringCase("fallback font").doesNotContain("WARN");
    }

    /** A TrueType font by name only, as Word exports often have: readers substitute a font of their own. */
    private static void writeWithMissingFont(Path file, String text) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setName(COSName.BASE_FONT, "RegioplanFantasieSans");
            font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
            font.setInt(COSName.FIRST_CHAR, 32);
            font.setInt(COSName.LAST_CHAR, 126);
            COSArray widths = new COSArray();
            for (int c = 32; c <= 126; c++) widths.add(COSInteger.get(500));
            font.setItem(COSName.WIDTHS, widths);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "RegioplanFantasieSans");
            descriptor.setInt(COSName.FLAGS, 32);
            font.setItem(COSName.FONT_DESC, descriptor);

            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDTrueTypeFont(font));
            page.setResources(resources);
            PDStream content = new PDStream(pdf);
            try (OutputStream out = content.createOutputStream()) {
                out.write(("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET").getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(content);
            pdf.addPage(page);
            pdf.save(file.toFile());
        }
    }
}
