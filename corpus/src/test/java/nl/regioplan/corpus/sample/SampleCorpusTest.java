package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.corpus.manifest.ManifestReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {
    private static final String MIDDEN_IJSSEL = "regioplan-midden-ijssel-2023";

    static Path dir;
    static List<SampleDocumentTruth> truths;
    /** Per document, PDFBox's text of each page (index 0 is page 1). */
    static Map<String, List<String>> pageTexts = new HashMap<>();

    @BeforeAll
    static void writeCorpus() throws IOException {
        dir = WrittenSampleCorpus.dir();
        truths = WrittenSampleCorpus.truths();
        for (SampleDocumentTruth truth : truths) {
            try (PDDocument pdf = open(truth)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setPageEnd("\f");
                List<String> pages = List.of(stripper.getText(pdf).split("\f", -1));
                pageTexts.put(truth.doc(), pages.subList(0, pdf.getNumberOfPages()));
            }
        }
    }

    private static PDDocument open(SampleDocumentTruth truth) throws IOException {
        return Loader.loadPDF(dir.resolve(truth.doc() + ".pdf").toFile());
    }

    private static String pageText(SampleDocumentTruth truth, int page) {
        return pageTexts.get(truth.doc()).get(page - 1);
    }

    @Test
    void writesEveryDocumentWithItsTruthAndTheManifest() throws IOException {
        assertThat(SampleCorpus.documents()).extracting(SampleDocument::id)
                .containsExactly("regioplan-achterhoek-2023", MIDDEN_IJSSEL);
        assertThat(truths).extracting(SampleDocumentTruth::doc)
                .containsExactly("regioplan-achterhoek-2023", MIDDEN_IJSSEL);
        List<ManifestEntry> manifest = ManifestReader.read(dir.resolve(SampleCorpus.MANIFEST));
        assertThat(manifest).extracting(ManifestEntry::id).containsExactly("regioplan-achterhoek-2023", MIDDEN_IJSSEL);
        assertThat(manifest).allSatisfy(entry -> {
            assertThat(entry.remote()).isFalse();
            assertThat(entry.path(dir)).exists();
            assertThat(dir.resolve(entry.id() + ".truth.json")).exists();
        });
    }

    @Test
    void pdfsOpenWithOnePagePerTruthPageAndTheirMetadata() throws IOException {
        for (SampleDocumentTruth truth : truths) {
            try (PDDocument pdf = open(truth)) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(truth.pages().size());
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(truth.title());
                assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(truth.region());
                Calendar created = pdf.getDocumentInformation().getCreationDate();
                created.setTimeZone(TimeZone.getTimeZone("UTC"));
                assertThat(created.get(Calendar.YEAR)).isEqualTo(2023);
            }
        }
        assertThat(truths.get(1).pages()).hasSizeGreaterThanOrEqualTo(81);
        assertThat(truths.get(1).pages().getLast().seedPage()).isEqualTo(81);
    }

    @Test
    void exactlyOnePagePerDocumentIsAnImageWithoutText() throws IOException {
        for (SampleDocumentTruth truth : truths) {
            try (PDDocument pdf = open(truth)) {
                List<Integer> imageOnly = new ArrayList<>();
                for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
                    PDPage page = pdf.getPage(n - 1);
                    boolean hasImage = page.getResources().getXObjectNames().iterator().hasNext();
                    boolean hasFont = page.getResources().getCOSObject().containsKey(COSName.FONT);
                    if (hasImage && !hasFont && pageText(truth, n).isBlank()) imageOnly.add(n);
                }
                assertThat(imageOnly).containsExactly(truth.scannedPage());
                assertThat(truth.page(truth.scannedPage()).text().split(" ")).hasSizeGreaterThan(50);
            }
        }
    }

    @Test
    void hasLandscapeSlidesAndPortraitPagesMatchingTheTruthLayout() throws IOException {
        for (SampleDocumentTruth truth : truths) {
            try (PDDocument pdf = open(truth)) {
                for (SamplePageTruth page : truth.pages()) {
                    var box = pdf.getPage(page.page() - 1).getMediaBox();
                    boolean landscape = box.getWidth() > box.getHeight();
                    assertThat(landscape).as("page %d of %s", page.page(), truth.doc())
                            .isEqualTo(page.layout() == PageLayout.SLIDE);
                }
            }
            assertThat(truth.pages()).extracting(SamplePageTruth::layout)
                    .contains(PageLayout.SLIDE, PageLayout.TWO_COLUMN, PageLayout.SCANNED);
        }
    }

    @Test
    void everyPageButTheScanCarriesTheRunningHeaderAndItsPageNumber() {
        for (SampleDocumentTruth truth : truths) {
            for (SamplePageTruth page : truth.pages()) {
                if (page.scanned()) continue;
                List<String> lines = Arrays.asList(pageText(truth, page.page()).strip().split("\\R"));
                assertThat(lines.getFirst()).as("page %d of %s", page.page(), truth.doc()).isEqualTo(truth.title());
                assertThat(lines.getLast()).isEqualTo(Integer.toString(page.page()));
            }
        }
    }

    @Test
    void theTextLayerSaysWhatTheTruthSays() {
        for (SampleDocumentTruth truth : truths) {
            for (SamplePageTruth page : truth.pages()) {
                if (page.scanned()) continue;
                String body = pageText(truth, page.page()).strip();
                body = body.substring(truth.title().length(), body.lastIndexOf('\n'));
                List<String> extracted = WordSimilarity.words(dehyphenate(body.replace("•", "")));
                List<String> expected = WordSimilarity.words(page.text());
                assertThat(WordSimilarity.of(extracted, expected)).as("page %d of %s", page.page(), truth.doc())
                        .isGreaterThan(0.95);
            }
        }
    }

    /** Undoes the writer's line breaks inside words: an added hyphen before a lower-case letter, a URL's slash. */
    private static String dehyphenate(String text) {
        return text.replaceAll("(?<=\\p{L})-\\R(?=\\p{Ll})", "").replaceAll("(?<=[-/])\\R", "");
    }

    @Test
    void wordsAreHyphenatedAtLineEndsAndDutchDiacriticsSurvive() {
        String text = String.join("\n", pageTexts.get(MIDDEN_IJSSEL));
        assertThat(text.lines().filter(line -> line.matches(".*\\p{Ll}-$")).count()).isGreaterThan(50);
        assertThat(text).contains("patiënt", "thema’s", "Coördinerend", "geïnterviewd");
    }

    @Test
    void truthJsonReadsBackAsWritten() throws IOException {
        for (SampleDocumentTruth truth : truths) {
            SampleDocumentTruth read = SampleDocumentTruth.read(dir.resolve(truth.doc() + ".truth.json"));
            assertThat(read).isEqualTo(truth);
        }
        String json = Files.readString(dir.resolve(MIDDEN_IJSSEL + ".truth.json"));
        assertThat(json).contains("\"seedPage\"", "\"layout\"", "\"scanned\" : true", "\"text\"", "\"kind\" : \"LIST_ITEM\"");
    }

    @Test
    void writingTwiceGivesTheSameBytes(@TempDir Path again) throws IOException {
        SampleCorpus.write(again);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(again.resolve(file.getFileName())))
                        .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }
}
