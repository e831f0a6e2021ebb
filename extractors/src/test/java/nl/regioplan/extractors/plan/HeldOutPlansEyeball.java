package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.text.DocumentText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints the targets found in plans no rule was written against, for a reader to judge (there is no gold for
 * them). Uses pdftotext as a stand-in for the PDF stage. Runs on request:
 * mvn -pl extractors -am test -Dtest=HeldOutPlansEyeball -Dsurefire.failIfNoSpecifiedTests=false
 */
class HeldOutPlansEyeball {
    private static final List<String> PLANS = List.of(
            "nat_iza_2022_integraal_zorgakkoord",
            "mun_almere_2024_2026_brede_spuk_gala_plan_van_aanpak",
            "mun_almere_2024_2034_maatschappelijke_agenda_beleidstekst",
            "reg_ggd_flevoland_kadernota_2025",
            "reg_woonzorg_flevoland_beleidsplan_2026");
    private static final Pattern PUBLISHED = Pattern.compile(",(\\d{4})-\\d\\d-\\d\\d,");

    @Test
    void printTargets() throws Exception {
        Path pdfs = Path.of(System.getProperty("regioplan.shared", "../shared")).resolve("corpus/pdf");
        assumeTrue(Files.isDirectory(pdfs), "../shared/corpus/pdf is not available");
        assumeTrue(new ProcessBuilder("pdftotext", "-v").start().waitFor() == 0, "pdftotext is not installed");
        List<String> index = Files.readAllLines(pdfs.resolve("index.csv"), StandardCharsets.UTF_8);
        PlanRecordExtractor extractor = new PlanRecordExtractor(t -> List.of(), (t, sentences, s) -> List.of());
        for (String plan : PLANS) {
            Process p = new ProcessBuilder("pdftotext", pdfs.resolve(plan + ".pdf").toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            DocumentText doc = SeedTextAdapter.fromFormFeeds(plan, text);
            // the id's years name the plan's period; the index knows when it appeared
            String title = index.stream().filter(l -> l.startsWith(plan + ".pdf,")).map(PUBLISHED::matcher)
                    .filter(Matcher::find).map(m -> "verschenen " + m.group(1)).findFirst().orElse(plan);
            DocumentRecords r = extractor.extract(doc, new DocumentContext(title, title, null));
            System.out.printf("=== %s: %d pages, %d targets%n", plan, doc.pages().size(), r.targets().size());
            for (TargetRecord t : r.targets()) {
                System.out.printf(Locale.ROOT, "  [p%d %s %.2f d=%s q=%s %s %s bl=%s/%s] %s%n", t.page(), t.kind(),
                        t.confidence(), t.deadline(), t.quantity(), t.unit(), t.comparator(), t.baselineValue(),
                        t.baselineYear(), t.text());
            }
        }
    }
}
