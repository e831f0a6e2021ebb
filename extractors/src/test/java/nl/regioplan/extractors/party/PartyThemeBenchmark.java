package nl.regioplan.extractors.party;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.regioplan.extractors.region.RegionResolver;
import nl.regioplan.extractors.theme.LexiconThemeTagger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Prints how fast the party finder, theme tagger and region resolver run over the pages of the shared PDF
 * corpus (text by PDFBox, split into paragraphs as the pipeline feeds them), in CPU time of one thread so
 * that other load on the machine does not distort it. Run:
 * <pre>mvn -q -o -pl extractors -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp extractors/target/test-classes:extractors/target/classes:corpus/target/classes:$(cat /tmp/cp.txt) \
 *   nl.regioplan.extractors.party.PartyThemeBenchmark [../shared/corpus/pdf]</pre>
 */
public final class PartyThemeBenchmark {
    private PartyThemeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("regioplan.shared", "../shared") + "/corpus/pdf");
        List<List<String>> pages = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> pdfs = Files.list(dir)) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                        stripper.setStartPage(p);
                        stripper.setEndPage(p);
                        String text = stripper.getText(doc);
                        chars += text.length();
                        pages.add(List.of(text.split("\\n\\s*\\n")));
                    }
                }
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        GazetteerPartyFinder finder = GazetteerPartyFinder.loadDefault();
        LexiconThemeTagger tagger = LexiconThemeTagger.loadDefault();
        RegionResolver resolver = RegionResolver.loadDefault();
        finder.find("Zorggroep Warm en Gemeente Deventer", null);
        System.out.printf("load (gazetteer, model, lexicon, catalog): %.0f ms CPU%n", (cpu.getCurrentThreadCpuTime() - t0) / 1e6);
        System.out.printf("corpus: %s, %d pages, %d chars%n", dir, pages.size(), chars);
        int parties = 0;
        int themes = 0;
        for (int round = 0; round < 4; round++) {
            long a = cpu.getCurrentThreadCpuTime();
            parties = 0;
            for (List<String> page : pages) for (String para : page) parties += finder.find(para, null).size();
            long b = cpu.getCurrentThreadCpuTime();
            themes = 0;
            for (List<String> page : pages) for (String para : page) themes += tagger.tag(para).size();
            long c = cpu.getCurrentThreadCpuTime();
            for (List<String> page : pages) resolver.resolve(null, null, String.join("\n\n", page));
            long d = cpu.getCurrentThreadCpuTime();
            if (round == 0) continue; // warm-up
            System.out.printf("round %d: parties %.2f ms/page (%,.0f pages/s, %d found) | themes %.2f ms/page "
                            + "(%,.0f pages/s, %d tags) | region %.2f ms/page%n", round,
                    (b - a) / 1e6 / pages.size(), pages.size() / ((b - a) / 1e9), parties,
                    (c - b) / 1e6 / pages.size(), pages.size() / ((c - b) / 1e9), themes,
                    (d - c) / 1e6 / pages.size());
        }
    }
}
