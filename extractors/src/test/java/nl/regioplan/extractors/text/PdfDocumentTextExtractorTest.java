package nl.regioplan.extractors.text;

import nl.regioplan.extractors.block.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentTextExtractorTest {
    private static final List<String> LEFT = List.of(
            "De regio kent een sterke vergrijzing en het aantal inwoners boven de 75 jaar verdubbelt tot 2040.",
            "Huisartsen ervaren een hoge werkdruk en wachtlijsten in de wijkverpleging nemen toe.",
            "Gemeenten en zorgverzekeraar investeren daarom samen in preventie en valpreventie.",
            "Het regioplan bundelt deze afspraken in vier opgaven met concrete doelen per jaar.");
    private static final List<String> RIGHT = List.of(
            "In 2026 heeft iedere gemeente een sluitende aanpak voor mentale gezondheid van jongeren.",
            "Zorgaanbieders delen gegevens via een regionaal platform dat in 2025 operationeel is.",
            "Het aantal onnodige opnames van kwetsbare ouderen daalt met tien procent in drie jaar.",
            "De voortgang wordt twee keer per jaar besproken in de regionale stuurgroep zorg.");

    @TempDir
    Path dir;

    private final PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor();

    @Test
    void readsATwoColumnPageColumnByColumnWithSentencesWhole() throws Exception {
        Path pdf = dir.resolve("kolommen.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 70, TestPdf.BOLD, 18, "Regioplan Testregio: opgaven en afspraken");
            out.lines(60, 110, 10, TestPdf.wrap(String.join(" ", LEFT), 42));
            out.lines(315, 110, 10, TestPdf.wrap(String.join(" ", RIGHT), 42));
            out.save(pdf);
        }
        PageText page = extractor.extract(pdf, "kolommen").pages().get(0);

        String text = page.text();
        List<String> expected = new ArrayList<>(LEFT);
        expected.addAll(RIGHT);
        int previous = -1;
        for (String sentence : expected) {
            int at = text.indexOf(sentence);
            assertThat(at).as("'%s' whole in%n%s", sentence, text).isGreaterThanOrEqualTo(0);
            assertThat(at).as("'%s' after the sentence before it", sentence).isGreaterThan(previous);
            previous = at;
        }
        assertThat(page.blocks().get(0)).isEqualTo(new Block(BlockKind.HEADING, "Regioplan Testregio: opgaven en afspraken"));
    }

    @Test
    void readsTheTextBoxesOfASlideOneByOne() throws Exception {
        Path pdf = dir.resolve("slide.pdf");
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (TestPdf out = new TestPdf()) {
            out.page(landscape).text(40, 50, TestPdf.BOLD, 24, "Drie opgaven voor de regio");
            out.lines(40, 120, 12, TestPdf.wrap(LEFT.get(0), 30));
            out.lines(310, 120, 12, TestPdf.wrap(RIGHT.get(0), 30));
            out.lines(580, 120, 12, TestPdf.wrap(RIGHT.get(1), 20));
            out.save(pdf);
        }
        String text = extractor.extract(pdf, "slide").pages().get(0).text();

        assertThat(text).containsSubsequence("Drie opgaven voor de regio", LEFT.get(0), RIGHT.get(0), RIGHT.get(1));
    }

    @Test
    void makesHeadingsAndListItemsFromFontSizeAndBullets() throws Exception {
        Path pdf = dir.resolve("lijst.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 70, TestPdf.BOLD, 16, "Regiothema's");
            out.lines(60, 100, 10, List.of("Het regioplan bestaat uit drie delen die hieronder staan."));
            out.text(60, 130, TestPdf.REGULAR, 10, "\u2022").text(75, 130, TestPdf.REGULAR, 10, "Regiothemas, opgaven en dwarsverbanden:")
                    .text(75, 143, TestPdf.REGULAR, 10, "de belangrijkste regionale thema's.");
            out.text(60, 160, TestPdf.REGULAR, 10, "\u2022").text(75, 160, TestPdf.REGULAR, 10, "Monitoring en landelijke randvoorwaarden.");
            out.save(pdf);
        }
        List<Block> blocks = extractor.extract(pdf, "lijst").pages().get(0).blocks();

        assertThat(blocks).containsExactly(
                new Block(BlockKind.HEADING, "Regiothema's"),
                new Block(BlockKind.PARAGRAPH, "Het regioplan bestaat uit drie delen die hieronder staan."),
                new Block(BlockKind.LIST_ITEM, "Regiothemas, opgaven en dwarsverbanden: de belangrijkste regionale thema's."),
                new Block(BlockKind.LIST_ITEM, "Monitoring en landelijke randvoorwaarden."));
    }

    @Test
    void removesRunningHeadersFootersAndPageNumbers() throws Exception {
        Path pdf = dir.resolve("koppen.pdf");
        try (TestPdf out = new TestPdf()) {
            for (int p = 1; p <= 4; p++) {
                out.a4().text(60, 40, TestPdf.REGULAR, 8, "Regioplan Testregio | december 2023");
                out.lines(60, 100, 10, List.of("Dit is de tekst van hoofdstuk " + p + " over de opgave in de regio."));
                out.text(60, 800, TestPdf.REGULAR, 8, "Pagina " + p + " van 4");
            }
            out.save(pdf);
        }
        DocumentText text = extractor.extract(pdf, "koppen");

        assertThat(text.pages()).hasSize(4);
        for (PageText page : text.pages()) {
            assertThat(page.text()).isEqualTo("Dit is de tekst van hoofdstuk " + page.number() + " over de opgave in de regio.");
        }
    }

    @Test
    void readsMetadataAndKeepsPageNumbers() throws Exception {
        Path pdf = dir.resolve("meta.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().lines(60, 100, 10, List.of("Eerste pagina met genoeg tekst."));
            out.a4().lines(60, 100, 10, List.of("Tweede pagina met genoeg tekst."));
            PDDocumentInformation info = out.document.getDocumentInformation();
            info.setTitle("Regioplan Testregio");
            info.setAuthor("Gemeente Test");
            info.setProducer("Test Producer 1.0");
            info.setCreationDate(java.util.Calendar.getInstance());
            out.save(pdf);
        }
        DocumentText text = extractor.extract(pdf, "meta");

        assertThat(text.doc()).isEqualTo("meta");
        assertThat(text.sha256()).hasSize(64);
        assertThat(text.metadata().title()).isEqualTo("Regioplan Testregio");
        assertThat(text.metadata().author()).isEqualTo("Gemeente Test");
        assertThat(text.metadata().producer()).isEqualTo("Test Producer 1.0");
        assertThat(text.metadata().created()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(text.metadata().pageCount()).isEqualTo(2);
        assertThat(text.pages()).extracting(PageText::number).containsExactly(1, 2);
    }

    @Test
    void leavesLinkUrlsOutOfThePageText() throws Exception {
        Path pdf = dir.resolve("link.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().lines(60, 100, 10, List.of("Zie het regiobeeld op de website van de regio."));
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(60, 730, 200, 12));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://www.example.org/regiobeelden");
            link.setAction(uri);
            out.currentPage().getAnnotations().add(link);
            out.save(pdf);
        }
        assertThat(extractor.extract(pdf, "link").pages().get(0).text())
                .isEqualTo("Zie het regiobeeld op de website van de regio.")
                .doesNotContain("example.org");
    }

    @Test
    void extractsDifferentPdfsOnTwoThreadsAtOnce() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path pdf = dir.resolve("doc" + i + ".pdf");
            try (TestPdf out = new TestPdf()) {
                for (int p = 0; p < 5; p++) {
                    out.a4().lines(60, 100, 10, TestPdf.wrap("Document " + i + " pagina " + p + ": " + String.join(" ", LEFT), 60));
                }
                out.save(pdf);
            }
            pdfs.add(pdf);
        }
        List<DocumentText> alone = new ArrayList<>();
        for (Path pdf : pdfs) alone.add(extractor.extract(pdf, "d"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<DocumentText>> together = new ArrayList<>();
            for (Path pdf : pdfs) together.add(pool.submit(() -> extractor.extract(pdf, "d")));
            for (int i = 0; i < pdfs.size(); i++) assertThat(together.get(i).get()).isEqualTo(alone.get(i));
        } finally {
            pool.shutdown();
        }
    }
}
