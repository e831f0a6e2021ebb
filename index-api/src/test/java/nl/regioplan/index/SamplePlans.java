package nl.regioplan.index;

import java.util.List;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.model.TargetEntry;

/** A small synthetic corpus of three documents whose counts the tests know by heart. */
public final class SamplePlans {
    public static final String ACHTERHOEK = "regioplan-achterhoek-2023";
    public static final String MIDDEN_IJSSEL = "regioplan-midden-ijssel-2023";
    public static final String IZA = "nat-iza-2022";

    private SamplePlans() {
    }

    public static List<IndexedDocument> all() {
        return List.of(achterhoek(), middenIjssel(), iza());
    }

    public static IndexedDocument achterhoek() {
        String doc = ACHTERHOEK;
        return new IndexedDocument(
                new DocumentEntry(doc, "Regioplan Achterhoek", "Achterhoek", "regioplan", 40, "aa11", "ROS Achterhoek",
                        "2023-06-30", "achterhoek.pdf"),
                List.of(new PassageEntry(doc, 3, "paragraph", "Arbeidsmarkt", "Het personeelstekort in de VVT is groot.",
                                List.of("H", "W"), List.of("GGD Noord- en Oost-Gelderland"), List.of(2025)),
                        new PassageEntry(doc, 5, "paragraph", "Arbeidsmarkt",
                                "Wij verminderen de administratieve lasten voor zorgverleners.", List.of("H"), List.of(),
                                List.of(2026)),
                        new PassageEntry(doc, 7, "list_item", "Mentale gezondheid", "De wachttijden in de ggz moeten omlaag.",
                                List.of("F"), List.of(), List.of())),
                List.of(new TargetEntry(doc, 5, "reduction", "In 2026 is de administratieve last met 20% verminderd.", 2026,
                        "administratieve last", "Arbeidsmarkt", List.of("H"), List.of())));
    }

    public static IndexedDocument middenIjssel() {
        String doc = MIDDEN_IJSSEL;
        return new IndexedDocument(
                new DocumentEntry(doc, "Regioplan Midden-IJssel/Oost-Veluwe", "Midden-IJssel", "regioplan", 52, "bb22",
                        "Regio Midden-IJssel", "2023-07-01", "midden-ijssel.pdf"),
                List.of(new PassageEntry(doc, 2, "paragraph", "Passende zorg", "Cliënten krijgen passende zorg dicht bij huis.",
                                List.of("A"), List.of(), List.of()),
                        new PassageEntry(doc, 4, "paragraph", "Arbeidsmarkt",
                                "Het zorgpersoneel wordt ontzorgd door digitale zorg.", List.of("H", "I"), List.of(),
                                List.of(2025, 2027)),
                        new PassageEntry(doc, 9, "paragraph", "Preventie", "Samen met de GGD versterken we de preventie.",
                                List.of("G"), List.of("GGD IJsselland"), List.of())),
                List.of(new TargetEntry(doc, 9, "reduction", "In 2027 roken 10% minder jongeren.", 2027, "roken jongeren",
                                "Preventie", List.of("G"), List.of("GGD IJsselland")),
                        new TargetEntry(doc, 4, "increase", "Het digitale zorgaanbod groeit.", null, "digitale zorg",
                                "Arbeidsmarkt", List.of("I"), List.of())));
    }

    public static IndexedDocument iza() {
        String doc = IZA;
        return new IndexedDocument(
                new DocumentEntry(doc, "Integraal Zorgakkoord", "Nederland", "akkoord", 120, "cc33", "VWS", "2022-09-16",
                        "iza.pdf"),
                List.of(new PassageEntry(doc, 12, "paragraph", "Regionale samenwerking",
                        "Partijen maken per regio een regioplan op basis van het regiobeeld.", List.of("B"), List.of(),
                        List.of(2023))),
                List.of());
    }

    /**
     * The document again as copy {@code copy}: its id and region get "~copy" and " copy", everything else is the
     * same, so the copies' records rank and count alike (a larger index whose answers the tests can still reason about).
     */
    public static IndexedDocument copyOf(IndexedDocument d, int copy) {
        DocumentEntry e = d.document();
        String doc = e.doc() + "~" + copy;
        DocumentEntry entry = new DocumentEntry(doc, e.title(), e.region() + " " + copy, e.type(), e.pages(), e.sha256(),
                e.publisher(), e.date(), e.source());
        return new IndexedDocument(entry,
                d.passages().stream().map(p -> new PassageEntry(doc, p.page(), p.kind(), p.section(), p.text(), p.themes(),
                        p.parties(), p.years())).toList(),
                d.targets().stream().map(t -> new TargetEntry(doc, t.page(), t.kind(), t.text(), t.deadlineYear(),
                        t.subject(), t.section(), t.themes(), t.parties())).toList());
    }
}
