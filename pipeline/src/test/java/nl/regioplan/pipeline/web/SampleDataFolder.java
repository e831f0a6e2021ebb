package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real data folder as the ingest route leaves it (raw PDF, records, catalog entry, Lucene index), written
 * straight through DataStore and PlanIndex so the web tests do not wait for text extraction.
 *
 * <p>Two regional plans and the national accord. Twente has {@value #TWENTE_SAMENWERKING_PAGES} generated
 * passages about "samenwerking" on as many pages (more than one page of results), and one more on the first of
 * those pages, with no theme or party, which a search folds into that page's hit; texts hold what breaks naive pages: quotes, an
 * ampersand, a would-be tag, accents.
 */
final class SampleDataFolder {
    static final String TWENTE = "Twente";
    static final String ACHTERHOEK = "Achterhoek";
    static final String TWENTE_PLAN = "regioplan-twente-2023";
    static final String ACHTERHOEK_PLAN = "regioplan-achterhoek-2023";
    static final String IZA = "nat-iza-2022";
    static final int TWENTE_SAMENWERKING_PAGES = 23;
    /** Every sample document's hash, as the catalog and index record it. */
    static final String SHA256 = "0".repeat(64);
    static final String TRICKY_PASSAGE = "De wachttijden in de ggz & jeugdzorg moeten omlaag: <b>\"sneller\"</b> helpen bij cliënten.";

    private SampleDataFolder() {
    }

    static DataStore write(Path folder) throws IOException {
        DataStore store = new DataStore(folder);
        Path pdf = Files.createTempFile(folder.getParent(), "sample", ".pdf");
        writePdf(pdf, 30);
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            put(store, index, pdf, twente(), "Regioplan IZA Twente", TWENTE, "regioplan", 30);
            put(store, index, pdf, achterhoek(), "Regioplan Achterhoek", ACHTERHOEK, "regioplan", 30);
            put(store, index, pdf, iza(), "Integraal Zorgakkoord", null, "nat_akkoord", 30);
        }
        Files.delete(pdf);
        return store;
    }

    private static DocumentRecords twente() {
        String doc = TWENTE_PLAN;
        List<PassageRecord> passages = new ArrayList<>();
        passages.add(passage(doc, 2, "Mentale gezondheid", TRICKY_PASSAGE, List.of("F"), List.of(), List.of(2026), TWENTE));
        passages.add(passage(doc, 3, "Digitale zorg", "Meer inwoners gebruiken hybride zorg en e-health thuis.",
                List.of("I"), List.of(), List.of(), TWENTE));
        passages.add(passage(doc, 4, "Preventie", "Samen met de GGD Twente versterken we de preventie en leefstijl.",
                List.of("G"), List.of("GGD Twente"), List.of(2025), TWENTE));
        for (int i = 0; i < TWENTE_SAMENWERKING_PAGES; i++) {
            int page = 5 + i;
            passages.add(passage(doc, page, "Regionale samenwerking",
                    "Afspraak " + (i + 1) + " over de regionale samenwerking tussen gemeenten en zorgaanbieders.",
                    List.of("B"), List.of("Menzis"), List.of(), TWENTE));
        }
        passages.add(passage(doc, 5, "Regionale samenwerking", "Ook de samenwerking met het onderwijs krijgt een vervolg.",
                List.of(), List.of(), List.of(), TWENTE));
        List<TargetRecord> targets = List.of(
                target(doc, 2, "outcome", "In 2026 is de wachttijd voor de ggz teruggebracht tot de treeknorm.", 2026,
                        null, null, "wachttijd ggz", List.of("F"), TWENTE),
                target(doc, 3, "outcome", "In 2027 gebruikt 30% van de inwoners hybride zorg.", 2027, 30.0, "percent",
                        "ge", "aandeel hybride zorg", List.of("I"), TWENTE),
                target(doc, 4, "milestone", "In 2025 heeft elke gemeente een preventieakkoord.", 2025, null, null,
                        "preventieakkoord", List.of("G"), TWENTE));
        return records(doc, TWENTE, passages, targets);
    }

    private static DocumentRecords achterhoek() {
        String doc = ACHTERHOEK_PLAN;
        List<PassageRecord> passages = List.of(
                passage(doc, 3, "Arbeidsmarkt", "Het personeelstekort in de VVT vraagt om slimmer werken.",
                        List.of("H", "W"), List.of(), List.of(2025), ACHTERHOEK),
                passage(doc, 6, "Mentale gezondheid", "Ook in de Achterhoek zijn de wachttijden in de ggz te lang.",
                        List.of("F"), List.of(), List.of(), ACHTERHOEK),
                passage(doc, 8, "Samenwerking", "De samenwerking met zorgverzekeraar Menzis is vastgelegd.",
                        List.of("B"), List.of("Menzis"), List.of(2024), ACHTERHOEK));
        List<TargetRecord> targets = List.of(
                target(doc, 3, "outcome", "In 2025 is het verzuim in de VVT gedaald naar 6%.", 2025, 6.0, "percent",
                        "le", "verzuim VVT", List.of("H"), ACHTERHOEK),
                target(doc, 8, "ambition", "In 2030 is de Achterhoek de gezondste regio van Gelderland.", 2030, null, null,
                        "gezondheid", List.of("G"), ACHTERHOEK));
        return records(doc, ACHTERHOEK, passages, targets);
    }

    private static DocumentRecords iza() {
        String doc = IZA;
        return records(doc, null, List.of(passage(doc, 12, "Onderdeel B",
                "Partijen maken per regio een regioplan op basis van het regiobeeld.", List.of("B"), List.of(), List.of(2023),
                null)), List.of());
    }

    private static PassageRecord passage(String doc, int page, String section, String text, List<String> themes,
                                         List<String> parties, List<Integer> years, String region) {
        return new PassageRecord(doc, page, "paragraph", section, text, themes, parties, years, region);
    }

    private static TargetRecord target(String doc, int page, String kind, String text, Integer deadline, Double quantity,
                                       String unit, String subject, List<String> themes, String region) {
        return target(doc, page, kind, text, deadline, quantity, unit, null, subject, themes, region);
    }

    /** @param comparator as the extractors code it: eq, le, lt, ge, gt, decrease, increase, within_norm */
    private static TargetRecord target(String doc, int page, String kind, String text, Integer deadline, Double quantity,
                                       String unit, String comparator, String subject, List<String> themes, String region) {
        return new TargetRecord(doc, page, kind, text, deadline, quantity, unit, comparator, null, null,
                subject, false, region, themes, List.of(), "Doelen", List.of(page), "rule", 0.8);
    }

    private static DocumentRecords records(String doc, String region, List<PassageRecord> passages, List<TargetRecord> targets) {
        return new DocumentRecords(doc, region, passages, targets, List.of(), List.of(), List.of(), List.of());
    }

    /** As the ingest route does: raw bytes, records, index entries, and the catalog entry last. */
    static void put(DataStore store, PlanIndex index, Path pdf, DocumentRecords records, String title,
                            String region, String type, int pages) throws IOException {
        String doc = records.doc();
        store.putRaw(doc, pdf);
        store.putRecords(records);
        String sha = SHA256;
        index.replace(new IndexedDocument(
                new DocumentEntry(doc, title, region, type, pages, sha, null, null, doc + ".pdf"),
                records.passages().stream().map(p -> new PassageEntry(doc, p.page(), p.kind(), p.section(), p.text(),
                        p.themes(), p.parties(), p.years())).toList(),
                records.targets().stream().map(t -> new TargetEntry(doc, t.page(), t.kind(), t.text(), t.deadlineYear(),
                        t.subject(), t.section(), t.themes(), t.parties())).toList()));
        // As an ingest of a folder records it: the path the file was read from.
        String source = store.root().toAbsolutePath().getParent().resolve("plannen").resolve(doc + ".pdf").toString();
        store.putCatalogEntry(new CatalogEntry(doc, SHA256, source, title, region, type, null, null, null, pages, 0,
                "2026-11-23T09:00:00Z"));
    }

    /** A PDF whose page N says "Pagina N", so a test can tell the right file was served. */
    static void writePdf(Path file, int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(font, 18);
                    text.newLineAtOffset(72, 700);
                    text.showText("Pagina " + i);
                    text.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }
}
