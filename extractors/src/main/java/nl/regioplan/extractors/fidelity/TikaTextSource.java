package nl.regioplan.extractors.fidelity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's plain text with its PDF parser's defaults (no OCR, no embedded files): its units are the paragraphs it
 * marks ({@code <p>} inside each {@code <div class="page">}).
 */
public final class TikaTextSource implements TextSource {
    @Override
    public String name() {
        return "tika";
    }

    @Override
    public List<TextUnit> units(Path pdf) throws IOException {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        PDFParser parser = new PDFParser();
        parser.setPDFParserConfig(config);
        ParseContext context = new ParseContext();
        context.set(Parser.class, new EmptyParser());
        Paragraphs handler = new Paragraphs();
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            parser.parse(in, handler, new Metadata(), context);
        } catch (TikaException | SAXException e) {
            throw new IOException("Tika failed on " + pdf + ": " + e.getMessage(), e);
        }
        return handler.units;
    }

    private static final class Paragraphs extends DefaultHandler {
        private final List<TextUnit> units = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int page;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("div".equals(localName) && "page".equals(attributes.getValue("class"))) page++;
            if ("p".equals(localName) || "div".equals(localName)) flush();
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("p".equals(localName) || "div".equals(localName)) flush();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            String s = text.toString().strip();
            if (!s.isEmpty()) units.add(new TextUnit(Math.max(1, page), null, s));
            text.setLength(0);
        }
    }
}
