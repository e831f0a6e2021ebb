package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 500-page PDF extracts in a JVM limited to a 512 MB heap: pages are laid out one at a time. */
class LargeDocumentTest {
    private static final int PAGES = 500;

    @TempDir
    Path dir;

    @Test
    void extractsFiveHundredPagesWithinA512MegabyteHeap() throws Exception {
        Path pdf = dir.resolve("groot.pdf");
        try (TestPdf out = new TestPdf()) {
            for (int p = 1; p <= PAGES; p++) {
                out.a4().text(60, 40, TestPdf.REGULAR, 8, "Regioplan Testregio - pagina " + p);
                String text = ("Op pagina " + p + " staat de uitwerking van de regionale opgave voor ouderenzorg, jeugd en "
                        + "arbeidsmarkt, met doelen per jaar en afspraken tussen gemeenten en zorgverzekeraar. ").repeat(6);
                out.lines(60, 80, 9, TestPdf.wrap(text, 48));
                out.lines(310, 80, 9, TestPdf.wrap(text, 48));
            }
            out.save(pdf);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LargeDocumentExtraction.class.getName(), pdf.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        System.out.println(output.lines().filter(l -> l.startsWith("extracted")).findFirst().orElse(output));

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("extracted " + PAGES + " pages, " + PAGES + " with text");
    }

    /** Runs in the forked JVM with the small heap. */
    static final class LargeDocumentExtraction {
        public static void main(String[] args) throws Exception {
            ExtractionBenchmark.Result result = ExtractionBenchmark.run(List.of(Path.of(args[0])));
            DocumentText text = new PdfDocumentTextExtractor().extract(Path.of(args[0]), "groot");
            long withText = text.pages().stream().filter(p -> !p.blocks().isEmpty()).count();
            System.out.printf("extracted %d pages, %d with text, %.1f s, peak heap %d MB of max %d MB%n", text.pages().size(),
                    withText, result.seconds(), result.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
