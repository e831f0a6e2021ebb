package nl.regioplan.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what a PDF says about itself through Tika, which merges the Info dictionary with XMP and writes dates
 * as ISO-8601. Tika's PDF parser fills the metadata before it emits the first page, so the parse is stopped
 * there: the text itself comes from our own layout, and extracting it twice would halve the speed. Tika is
 * handed the document PDFBox already opened rather than parsing the file a second time; Tika closes it.
 * Thread-safe: Tika parsers keep no state between parses.
 */
final class TikaMetadataReader {
    /**
     * Attachments are not read. Without this, Tika builds a full AutoDetectParser for every document, which
     * starts a tesseract process just to see whether it is installed.
     */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    };

    private final PDFParser parser = new OpenedDocumentParser();

    TikaMetadataReader() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setExtractInlineImages(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        // each of these reads the whole file or every page before the first page is emitted
        config.setExtractIncrementalUpdateInfo(false);
        config.setParseIncrementalUpdates(false);
        config.setExtractAcroFormContent(false);
        config.setExtractBookmarksText(false);
        config.setExtractActions(false);
        config.setExtractFontNames(false);
        // else Tika records the stop as a page error and goes on to the next page
        config.setCatchIntermediateIOExceptions(false);
        parser.setPDFParserConfig(config);
    }

    /**
     * @param opened the document as PDFBox opened it (the page count is taken from it, as the extracted pages are);
     *               closed afterwards
     * @throws IOException when Tika cannot read the file at all
     */
    DocumentMetadata read(Path pdf, PDDocument opened) throws IOException {
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(PDDocument.class, opened);
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        int pageCount = opened.getNumberOfPages();
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            parser.parse(in, new StopAtFirstPage(), metadata, context);
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

    /**
     * Tika's PDF parser, reading the document from the parse context instead of opening the file again. Its parse
     * opens the document through this overload only (it picks the path or the stream one itself).
     */
    private static final class OpenedDocumentParser extends PDFParser {
        @Override
        protected PDDocument getPDDocument(InputStream stream, TikaInputStream tis, String password,
                                           RandomAccessStreamCache.StreamCacheCreateFunction cache, Metadata metadata,
                                           ParseContext context) throws IOException, EncryptedDocumentException {
            PDDocument opened = context.get(PDDocument.class);
            return opened != null ? opened : super.getPDDocument(stream, tis, password, cache, metadata, context);
        }
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
