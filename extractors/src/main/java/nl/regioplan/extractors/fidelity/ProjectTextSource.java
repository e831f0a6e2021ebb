package nl.regioplan.extractors.fidelity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.regioplan.extractors.ocr.PageOcr;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.extractors.text.PdfDocumentTextExtractor;

/** The project's text stage: every block is a unit, with its kind. */
public final class ProjectTextSource implements TextSource {
    private final PdfDocumentTextExtractor extractor;

    public ProjectTextSource() {
        this(new PdfDocumentTextExtractor());
    }

    public ProjectTextSource(PageOcr ocr) {
        this(new PdfDocumentTextExtractor(ocr));
    }

    private ProjectTextSource(PdfDocumentTextExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "regioplan";
    }

    @Override
    public List<TextUnit> units(Path pdf) throws IOException {
        DocumentText text;
        try {
            text = extractor.extract(pdf, pdf.getFileName().toString());
        } catch (ExtractionException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<TextUnit> units = new ArrayList<>();
        for (PageText page : text.pages()) {
            for (Block b : page.blocks()) units.add(new TextUnit(page.number(), b.kind().name().toLowerCase(Locale.ROOT), b.text()));
        }
        return units;
    }
}
