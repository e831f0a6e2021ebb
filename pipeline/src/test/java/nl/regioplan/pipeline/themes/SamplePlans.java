package nl.regioplan.pipeline.themes;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PartyRecord;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.records.ThemeRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.nio.file.Path;
import java.util.List;

/**
 * A small hand-written data folder: two regions (Noord with a plan and an annex, Zuid), a national accord without
 * a region, and a document nobody placed. Texts hold what breaks naive exports: ';', quotes, newlines, 'ë',
 * decimals such as 31.1, and theme lists such as [A, G].
 */
public final class SamplePlans {
    public static final String NOORD = "Regio Noord";
    public static final String ZUID = "Regio Zuid";

    public static final String TRICKY_TEXT = "In 2027 is het aandeel rokers gedaald naar 12,5%; de \"rookvrije generatie\"\n"
            + "staat centraal bij ziekenhuizen én cliënten.";

    public static final TargetRecord NOORD_ROKEN = new TargetRecord("noord-plan", 3, "outcome", TRICKY_TEXT, 2027, 12.5,
            "percent", "<=", 31.1, 2022, "rokers", true, NOORD, List.of("A", "G"), List.of("GGD Noord", "Gemeente Groningen"),
            "Preventie > Roken", List.of(3, 12), "rule", 0.85);
    public static final TargetRecord NOORD_HYBRIDE = new TargetRecord("noord-plan", 5, "output",
            "Op 1 januari 2025 gebruiken 1.500 cliënten hybride zorg.", "2025-01-01", 1500.0, "count", ">=", null, null,
            "cliënten met hybride zorg", false, NOORD, List.of("I"), List.of(), "Digitalisering", List.of(5), "nlp", 0.6);
    public static final TargetRecord NOORD_BEWEGEN = new TargetRecord("noord-bijlage", 1, "output",
            "Eind 2025 heeft elke gemeente een beweegcoach.", 2025, null, null, null, null, null, "beweegcoaches", false,
            NOORD, List.of("G"), List.of(), "Bijlage", List.of(1), "rule", 0.7);
    public static final TargetRecord ZUID_GALA = new TargetRecord("zuid-plan", 2, "outcome",
            "In 2025 is de GALA-aanpak in alle gemeenten gestart.", 2025, null, null, null, null, null, "GALA-aanpak", false,
            ZUID, List.of("G"), List.of(), "Preventie", List.of(2), "rule", 0.8);
    public static final TargetRecord ZUID_GGZ = new TargetRecord("zuid-plan", 4, "outcome",
            "De wachttijd voor de ggz is in 2027 teruggebracht tot de treeknorm.", 2027, null, null, null, null, null,
            "wachttijd ggz", false, ZUID, List.of("F"), List.of(), "GGZ", List.of(4), "rule", 0.75);
    public static final TargetRecord ZUID_ZONDER_DEADLINE = new TargetRecord("zuid-plan", 2, "output",
            "We versterken de samenwerking rond leefstijl.", null, null, null, null, null, null, "leefstijl", false,
            ZUID, List.of("G"), List.of(), "Preventie", List.of(2), "rule", 0.5);

    public static final PassageRecord NOORD_PREVENTIE = new PassageRecord("noord-plan", 3, "paragraph", "Preventie",
            "Wij zetten in op leefstijl en preventie; samen met gemeenten.", List.of("G"), List.of("Gemeente Groningen"),
            List.of(), NOORD);
    public static final PassageRecord NOORD_OVERGEWICHT = new PassageRecord("noord-plan", 3, "paragraph", "Preventie > Roken",
            "Het aandeel inwoners met overgewicht daalt van 31,1% naar 25%.", List.of("A", "G"), List.of(), List.of(2027), NOORD);
    public static final PassageRecord NOORD_DIGITAAL_KOP = new PassageRecord("noord-plan", 5, "heading", "Digitalisering",
            "Digitale zorg", List.of("I"), List.of(), List.of(), NOORD);
    /** Lists its theme twice: it still counts once for I. */
    public static final PassageRecord NOORD_HYBRIDE_ZORG = new PassageRecord("noord-plan", 5, "list_item", "Digitalisering",
            "Meer hybride zorg met \"e-health\" in de wijk;\ncliënten zijn tevreden.", List.of("I", "I"), List.of(), List.of(), NOORD);
    public static final PassageRecord NOORD_BIJLAGE = new PassageRecord("noord-bijlage", 1, "paragraph", "Bijlage",
            "Beweegcoaches in elke gemeente.", List.of("G"), List.of(), List.of(2025), NOORD);
    public static final PassageRecord ZUID_PREVENTIE = new PassageRecord("zuid-plan", 2, "paragraph", "Preventie",
            "Preventie en gezondheidsverschillen in Zuid.", List.of("G"), List.of(), List.of(), ZUID);
    public static final PassageRecord ZUID_GGZ_PASSAGE = new PassageRecord("zuid-plan", 4, "paragraph", "GGZ",
            "Wachttijden in de ggz moeten omlaag.", List.of("F"), List.of(), List.of(), ZUID);
    public static final PassageRecord NATIONAAL = new PassageRecord("nat-iza", 10, "paragraph", "Onderdeel A",
            "Passende zorg en regionale samenwerking.", List.of("A", "B"), List.of(), List.of(), null);
    public static final PassageRecord ONGEPLAATST = new PassageRecord("los-document", 1, "paragraph", null,
            "Mantelzorgers verdienen steun.", List.of("W"), List.of(), List.of(), null);

    public static final MentionRecord NOORD_PERCENTAGE = new MentionRecord("noord-plan", 3, "percentage", 31.1, "percent",
            "31,1%", null, NOORD_OVERGEWICHT.text(), NOORD, "Preventie > Roken");
    public static final MentionRecord NOORD_JAAR = new MentionRecord("noord-plan", 3, "year", 2027, null, "2027", "deadline",
            TRICKY_TEXT, NOORD, "Preventie > Roken");
    public static final MentionRecord ZUID_PERCENTAGE = new MentionRecord("zuid-plan", 4, "percentage", 5, "percentage_point",
            "5%-punt", null, "Een daling van 5%-punt.", ZUID, "GGZ");
    public static final PartyRecord NOORD_GGD = new PartyRecord("noord-plan", 3, "GGD Groningen", "GGD Noord", "ggd", "trekker",
            TRICKY_TEXT, NOORD, "Preventie > Roken");
    public static final ThemeRecord NOORD_PREVENTIE_THEMA = new ThemeRecord("noord-plan", 3, "G", "Gezond leven en preventie",
            List.of("leefstijl", "preventie"), NOORD_PREVENTIE.text(), NOORD, "Preventie");
    public static final ThemeRecord NOORD_OVERGEWICHT_THEMA = new ThemeRecord("noord-plan", 3, "G", "Gezond leven en preventie",
            List.of("overgewicht"), NOORD_OVERGEWICHT.text(), NOORD, "Preventie > Roken");

    public static final DocumentRecords NOORD_PLAN = new DocumentRecords("noord-plan", NOORD,
            List.of(NOORD_PREVENTIE, NOORD_OVERGEWICHT, NOORD_DIGITAAL_KOP, NOORD_HYBRIDE_ZORG),
            List.of(NOORD_ROKEN, NOORD_HYBRIDE), List.of(NOORD_PERCENTAGE), List.of(NOORD_JAAR), List.of(NOORD_GGD),
            List.of(NOORD_PREVENTIE_THEMA, NOORD_OVERGEWICHT_THEMA));
    public static final DocumentRecords NOORD_ANNEX = new DocumentRecords("noord-bijlage", NOORD, List.of(NOORD_BIJLAGE),
            List.of(NOORD_BEWEGEN), List.of(), List.of(), List.of(), List.of());
    public static final DocumentRecords ZUID_PLAN = new DocumentRecords("zuid-plan", ZUID,
            List.of(ZUID_PREVENTIE, ZUID_GGZ_PASSAGE), List.of(ZUID_GALA, ZUID_GGZ, ZUID_ZONDER_DEADLINE),
            List.of(ZUID_PERCENTAGE), List.of(), List.of(), List.of());
    public static final DocumentRecords NATIONAL_ACCORD = new DocumentRecords("nat-iza", null, List.of(NATIONAAL),
            List.of(), List.of(), List.of(), List.of(), List.of());
    public static final DocumentRecords UNPLACED = new DocumentRecords("los-document", null, List.of(ONGEPLAATST),
            List.of(), List.of(), List.of(), List.of(), List.of());

    private SamplePlans() {
    }

    /** Writes the sample into a data folder as the ingest route would: records, then the catalog entry. */
    public static DataStore write(Path folder) {
        DataStore store = new DataStore(folder);
        put(store, NOORD_PLAN, "Regioplan IZA Noord", NOORD, "regioplan", 20);
        put(store, NOORD_ANNEX, "Bijlage bij het regioplan Noord", NOORD, "bijlage", 5);
        put(store, ZUID_PLAN, "Regioplan Zuid", ZUID, "regioplan", 10);
        put(store, NATIONAL_ACCORD, "Integraal Zorgakkoord", null, "nat_akkoord", 100);
        put(store, UNPLACED, "Los document", null, "overig", 4);
        return store;
    }

    private static void put(DataStore store, DocumentRecords records, String title, String region, String type, int pages) {
        store.putRecords(records);
        store.putCatalogEntry(new CatalogEntry(records.doc(), "0".repeat(64), "/tmp/" + records.doc() + ".pdf", title,
                region, type, null, null, null, pages, 0, "2026-11-23T09:00:00Z"));
    }
}
