package nl.regioplan.extractors.text;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what a PDF says about itself through Tika, which merges the Info dictionary with XMP and writes dates
 * as ISO-8601. Tika's PDF parser fills the metadata before it emits the first page, so the parse is stopped
 * there: the text itself comes from our own layout, and extracting it twice would halve the speed.
 * Thread-safe: Tika parsers keep no state between parses.
 */
final class TikaMetadataReader {
    private final PDFParser parser = new PDFParser();

    TikaMetadataReader() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setExtractInlineImages(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        parser.setPDFParserConfig(config);
    }

    /**
     * @param pageCount the page count PDFBox found; the pages of the extracted text are counted the same way
     * @throws IOException when Tika cannot read the file at all
     */
    DocumentMetadata read(Path pdf, int pageCount) throws IOException {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            parser.parse(in, new StopAtFirstPage(), metadata, new ParseContext());
        } catch (SAXException | TikaException | IOException e) {
            if (!StopAtFirstPage.stoppedBy(e)) throw new IOException("Tika could not read the PDF's metadata: " + e.getMessage(), e);
        }
        return new DocumentMetadata(
                blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                blankToNull(metadata.get(TikaCoreProperties.CREATOR)),
                blankToNull(metadata.get(TikaCoreProperties.CREATED)),
                blankToNull(metadata.get(TikaCoreProperties.MODIFIED)),
                blankToNull(metadata.get(PDF.PRODUCER)),
                pageCount);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class StopAtFirstPage extends DefaultHandler {
        /** Tika may hand the handler's exception back wrapped. */
        static boolean stoppedBy(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Stop) return true;
            }
            return false;
        }

        static final class Stop extends SAXException {
            Stop() {
                super("metadata read; page text not needed");
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) throw new Stop();
        }
    }
}
