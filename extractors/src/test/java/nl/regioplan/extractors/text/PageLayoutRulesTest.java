package nl.regioplan.extractors.text;

import nl.regioplan.extractors.block.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout rules that third-party producers' pages need (issue 10), each on a small page set the way such a
 * producer sets it: forms, tables of figures, labels over paragraphs, numbered titles, notes and title columns.
 */
class PageLayoutRulesTest {
    private static final String BODY = "De regio werkt samen met gemeenten en zorgverzekeraars aan een gezonde toekomst voor alle inwoners van de regio.";

    @TempDir
    Path dir;

    private final PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor();

    private List<Block> blocks(String name, TestPdf out) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        out.save(pdf);
        return extractor.extract(pdf, name).pages().get(0).blocks();
    }

    @Test
    void aFormsLabelsAndValuesComeOutAsRows() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4();
            String[][] rows = {{"Oplegnotitie voor:", "algemeen bestuur GGD"}, {"Agendapunt:", "4"},
                    {"Vergaderdatum:", "11 mei 2023"}, {"Behandeling:", "Besluitvormend"}};
            for (int r = 0; r < rows.length; r++) {
                out.text(60, 80 + 16 * r, TestPdf.BOLD, 10, rows[r][0]).text(220, 80 + 16 * r, TestPdf.REGULAR, 10, rows[r][1]);
            }
            out.lines(60, 160, 10, TestPdf.wrap(BODY, 80));
            List<Block> blocks = blocks("form", out);

            assertThat(blocks).startsWith(new Block(BlockKind.TABLE_CELL, "Oplegnotitie voor: | algemeen bestuur GGD"),
                    new Block(BlockKind.TABLE_CELL, "Agendapunt: | 4"),
                    new Block(BlockKind.TABLE_CELL, "Vergaderdatum: | 11 mei 2023"),
                    new Block(BlockKind.TABLE_CELL, "Behandeling: | Besluitvormend"));
            assertThat(blocks).contains(new Block(BlockKind.PARAGRAPH, BODY));
        }
    }

    @Test
    void twoColumnsOfTextAreNoForm() throws Exception {
        String left = "Gemeenten en zorgverzekeraars investeren samen in preventie en in de wijkteams van de regio.";
        String right = "Het aantal onnodige opnames van kwetsbare ouderen daalt met tien procent in drie jaar tijd.";
        try (TestPdf out = new TestPdf()) {
            out.a4().lines(60, 80, 10, TestPdf.wrap(left, 40));
            out.lines(315, 80, 10, TestPdf.wrap(right, 40));
            List<Block> blocks = blocks("kolommen", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.PARAGRAPH, left), new Block(BlockKind.PARAGRAPH, right));
        }
    }

    @Test
    void figuresSetAtEvenDistancesAreCellsOfTheirRow() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4();
            String[][] rows = {{"Man", "50", "49", "48", "52"}, {"Vrouw", "50", "51", "52", "48"}, {"Anders", "0,1", "0", "*", "0"}};
            for (int r = 0; r < rows.length; r++) {
                out.text(60, 80 + 14 * r, TestPdf.REGULAR, 9, rows[r][0]);
                for (int c = 1; c < rows[r].length; c++) out.text(200 + 40 * c, 80 + 14 * r, TestPdf.REGULAR, 9, rows[r][c]);
            }
            List<Block> blocks = blocks("cijfers", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.TABLE_CELL, "Man | 50 | 49 | 48 | 52"),
                    new Block(BlockKind.TABLE_CELL, "Vrouw | 50 | 51 | 52 | 48"),
                    new Block(BlockKind.TABLE_CELL, "Anders | 0,1 | 0 | * | 0"));
        }
    }

    @Test
    void aBoldOrItalicLabelOverItsParagraphIsAHeadingButAListIntroIsNot() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 80, TestPdf.BOLD, 10, "Wat is de afspraak:");
            float y = out.lines(60, 93, 10, TestPdf.wrap(BODY, 80));
            out.text(60, y + 14, TestPdf.ITALIC, 10, "Arbeidsmarkt en personeelstekorten");
            y = out.lines(60, y + 27, 10, TestPdf.wrap(BODY, 80));
            out.text(60, y + 14, TestPdf.BOLD, 10, "Het vraagt van inwoners om:");
            out.text(60, y + 27, TestPdf.REGULAR, 10, "\u2022").text(75, y + 27, TestPdf.REGULAR, 10, "Anders denken over gezondheid.");
            List<Block> blocks = blocks("labels", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "Wat is de afspraak:"), new Block(BlockKind.PARAGRAPH, BODY),
                    new Block(BlockKind.HEADING, "Arbeidsmarkt en personeelstekorten"), new Block(BlockKind.PARAGRAPH, BODY),
                    new Block(BlockKind.PARAGRAPH, "Het vraagt van inwoners om:"),
                    new Block(BlockKind.LIST_ITEM, "Anders denken over gezondheid."));
        }
    }

    @Test
    void aBulletedLineWithABoldLeadIsAnItemAndItsWrappedLinesGoOnWithIt() throws Exception {
        try (TestPdf out = new TestPdf()) {
            float y = out.a4().lines(60, 80, 10, TestPdf.wrap(BODY, 80));
            out.text(60, y + 14, TestPdf.REGULAR, 10, "\u2022").text(75, y + 14, TestPdf.BOLD, 10, "Deelname in de werkgroep:");
            out.text(75, y + 27, TestPdf.REGULAR, 10, "de voorzitter neemt deel aan de ambtelijke werkgroep.");
            out.text(60, y + 41, TestPdf.REGULAR, 10, "\u2022").text(75, y + 41, TestPdf.BOLD, 10, "Ketenaanpak overgewicht");
            out.text(75, y + 54, TestPdf.BOLD, 10, "en obesitas volwassenen");
            List<Block> blocks = blocks("vetteitems", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.PARAGRAPH, BODY),
                    new Block(BlockKind.LIST_ITEM, "Deelname in de werkgroep: de voorzitter neemt deel aan de ambtelijke werkgroep."),
                    new Block(BlockKind.LIST_ITEM, "Ketenaanpak overgewicht en obesitas volwassenen"));
        }
    }

    @Test
    void aBoldLeadWhoseSentenceRunsOnInTheBodyStyleOpensAParagraphButABoldTitleOverItemsStaysATitle() throws Exception {
        try (TestPdf out = new TestPdf()) {
            float y = out.a4().lines(60, 80, 10, TestPdf.wrap(BODY, 80));
            out.text(60, y + 14, TestPdf.BOLD, 10, "Meer gezonde levensjaren: Inwoners leven");
            out.text(60, y + 27, TestPdf.REGULAR, 10, "gemiddeld langer in goede gezondheid.");
            out.text(60, y + 48, TestPdf.BOLD, 10, "Algemene uitgangspunten");
            out.text(60, y + 61, TestPdf.REGULAR, 10, "a. de afspraken gelden voor alle partijen.");
            List<Block> blocks = blocks("vetteaanloop", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.PARAGRAPH, BODY),
                    new Block(BlockKind.PARAGRAPH, "Meer gezonde levensjaren: Inwoners leven gemiddeld langer in goede gezondheid."),
                    new Block(BlockKind.HEADING, "Algemene uitgangspunten"),
                    new Block(BlockKind.LIST_ITEM, "a. de afspraken gelden voor alle partijen."));
        }
    }

    @Test
    void aNumberedTitleSetALittleLargerIsAHeadingAndANumberedItemIsNot() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 80, TestPdf.REGULAR, 12, "7. Bedrijfsvoering en huisvesting");
            float y = out.lines(60, 108, 11, TestPdf.wrap(BODY, 80));
            out.text(60, y + 4, TestPdf.REGULAR, 11, "1. Datastroom en administratieve lasten");
            out.text(60, y + 18, TestPdf.REGULAR, 11, "2. Opschoning van de wachtlijsten");
            List<Block> blocks = blocks("hoofdstuk", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "7. Bedrijfsvoering en huisvesting"),
                    new Block(BlockKind.PARAGRAPH, BODY),
                    new Block(BlockKind.LIST_ITEM, "1. Datastroom en administratieve lasten"),
                    new Block(BlockKind.LIST_ITEM, "2. Opschoning van de wachtlijsten"));
        }
    }

    @Test
    void aNoteNumberGluedToItsNoteOrATabAwayStartsTheNote() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4().lines(60, 80, 11, TestPdf.wrap(BODY + " " + BODY + " " + BODY, 80));
            out.text(60, 760, TestPdf.REGULAR, 9, "1Bron: Gezondheidsmonitor Volwassenen en Ouderen, 2024.");
            out.text(60, 772, TestPdf.REGULAR, 6, "2").text(90, 775, TestPdf.REGULAR, 9, "Het bedrag is exclusief de bijdrage van de zorgverzekeraar.");
            List<Block> blocks = blocks("noten", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.PARAGRAPH, BODY + " " + BODY + " " + BODY),
                    new Block(BlockKind.PARAGRAPH, "1 Bron: Gezondheidsmonitor Volwassenen en Ouderen, 2024."),
                    new Block(BlockKind.PARAGRAPH, "2 Het bedrag is exclusief de bijdrage van de zorgverzekeraar."));
        }
    }

    @Test
    void eachTitleOfATitleColumnIsReadBeforeTheTextBesideIt() throws Exception {
        String first = "Gemeenten en zorgverzekeraars maken afspraken over de inkoop van jeugdhulp voor de hele regio en leggen die vast.";
        String second = "Digitale zorg wordt alleen ingezet als die past bij de wensen en mogelijkheden van de inwoner zelf en zijn naasten.";
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 80, TestPdf.BOLD, 12, "Jeugdhulp");
            float y = out.lines(200, 80, 10, TestPdf.wrap(first, 40));
            out.text(60, y + 20, TestPdf.BOLD, 12, "Digitale zorg");
            out.lines(200, y + 20, 10, TestPdf.wrap(second, 40));
            List<Block> blocks = blocks("titelkolom", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "Jeugdhulp"), new Block(BlockKind.PARAGRAPH, first),
                    new Block(BlockKind.HEADING, "Digitale zorg"), new Block(BlockKind.PARAGRAPH, second));
        }
    }

    @Test
    void twoDrawnTablesSideBySideAreReadRowByRowEachWithItsHeader() throws Exception {
        String[][] left = {{"Gemeente", "Inwoners", "Bijdrage"}, {"Almere", "229.570", "6.947"}, {"Dronten", "44.883", "1.358"},
                {"Lelystad", "84.722", "2.564"}};
        String[][] right = {{"Taak", "FTE"}, {"Jeugd en gezin", "219"}, {"Toezicht", "18"}, {"Maatschappelijke zorg", "34"}};
        try (TestPdf out = new TestPdf()) {
            out.a4();
            drawTable(out, 50, 100, new float[] {90, 60, 60}, left);
            drawTable(out, 320, 100, new float[] {150, 50}, right);
            List<Block> blocks = blocks("tabellen", out);

            assertThat(blocks).containsExactly(
                    new Block(BlockKind.TABLE_CELL, "Gemeente | Inwoners | Bijdrage"),
                    new Block(BlockKind.TABLE_CELL, "Gemeente: Almere | Inwoners: 229.570 | Bijdrage: 6.947"),
                    new Block(BlockKind.TABLE_CELL, "Gemeente: Dronten | Inwoners: 44.883 | Bijdrage: 1.358"),
                    new Block(BlockKind.TABLE_CELL, "Gemeente: Lelystad | Inwoners: 84.722 | Bijdrage: 2.564"),
                    new Block(BlockKind.TABLE_CELL, "Taak | FTE"),
                    new Block(BlockKind.TABLE_CELL, "Taak: Jeugd en gezin | FTE: 219"),
                    new Block(BlockKind.TABLE_CELL, "Taak: Toezicht | FTE: 18"),
                    new Block(BlockKind.TABLE_CELL, "Taak: Maatschappelijke zorg | FTE: 34"));
        }
    }

    @Test
    void aCellThatWrapsStaysInItsRowAndARuleUnderSomeCellsDoesNotEndTheRow() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4();
            float[] x = {50, 250, 330, 410};
            // header: "2024" over "realisatie", split by a rule under those cells only
            out.line(x[0], 100, x[3], 100).line(x[1], 118, x[3], 118).line(x[0], 136, x[3], 136);
            out.text(x[1] + 4, 112, TestPdf.BOLD, 9, "2024").text(x[2] + 4, 112, TestPdf.BOLD, 9, "2025");
            out.text(x[1] + 4, 130, TestPdf.BOLD, 9, "realisatie").text(x[2] + 4, 130, TestPdf.BOLD, 9, "begroting");
            out.text(x[0] + 4, 150, TestPdf.REGULAR, 9, "Aantal overschrijdingen minder dan 5%")
                    .text(x[0] + 4, 161, TestPdf.REGULAR, 9, "van het aantal A1 vervoeren");
            out.text(x[1] + 4, 150, TestPdf.REGULAR, 9, "92,30%").text(x[2] + 4, 150, TestPdf.REGULAR, 9, "92%");
            out.line(x[0], 168, x[3], 168);
            out.text(x[0] + 4, 182, TestPdf.REGULAR, 9, "Certificering NKZ").text(x[1] + 4, 182, TestPdf.REGULAR, 9, "behaald")
                    .text(x[2] + 4, 182, TestPdf.REGULAR, 9, "te behalen");
            out.line(x[0], 190, x[3], 190);
            for (float v : x) out.line(v, 100, v, 190);
            List<Block> blocks = blocks("kop", out);

            assertThat(blocks).containsExactly(
                    new Block(BlockKind.TABLE_CELL, "2024 realisatie | 2025 begroting"),
                    new Block(BlockKind.TABLE_CELL, "Aantal overschrijdingen minder dan 5% van het aantal A1 vervoeren | 2024 realisatie: 92,30% | 2025 begroting: 92%"),
                    new Block(BlockKind.TABLE_CELL, "Certificering NKZ | 2024 realisatie: behaald | 2025 begroting: te behalen"));
        }
    }

    @Test
    void aBoxedParagraphAndARuleUnderAHeadingAreNoTable() throws Exception {
        String callOut = "Deze gids is interactief: klik op een pijltje om naar een andere pagina te gaan en op het huisje om terug te keren.";
        try (TestPdf out = new TestPdf()) {
            out.a4();
            out.text(60, 80, TestPdf.BOLD, 14, "Samenwerking in de regio").line(60, 86, 530, 86);
            float below = out.lines(60, 110, 10, TestPdf.wrap(BODY, 90));
            out.box(55, below, 300, 50);
            out.lines(60, below + 16, 10, TestPdf.wrap(callOut, 55));
            List<Block> blocks = blocks("kader", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "Samenwerking in de regio"),
                    new Block(BlockKind.PARAGRAPH, BODY), new Block(BlockKind.PARAGRAPH, callOut));
        }
    }

    @Test
    void contentsEntriesKeepTheirPageNumbersAcrossTwoColumnsOfEntries() throws Exception {
        String[][] left = {{"1. Inleiding", "3"}, {"2. Samenwerking in de regio", "5"}, {"3. Financien", "11"}};
        String[][] right = {{"Bijlage 1", "Overzicht per gemeente", "24"}, {"Bijlage 2", "Afkortingen", "27"}, {"Bijlage 3", "Bronnen", "30"}};
        try (TestPdf out = new TestPdf()) {
            out.a4().text(60, 60, TestPdf.BOLD, 18, "Inhoudsopgave");
            for (int r = 0; r < 3; r++) {
                float y = 100 + 20 * r;
                out.text(60, y, TestPdf.REGULAR, 10, left[r][0]).text(left[r][1].length() == 1 ? 264 : 258, y, TestPdf.REGULAR, 10, left[r][1]);
                out.text(310, y, TestPdf.REGULAR, 10, right[r][0]).text(370, y, TestPdf.REGULAR, 10, right[r][1]).text(518, y, TestPdf.REGULAR, 10, right[r][2]);
            }
            List<Block> blocks = blocks("inhoud", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.HEADING, "Inhoudsopgave"),
                    new Block(BlockKind.LIST_ITEM, "1. Inleiding 3"), new Block(BlockKind.LIST_ITEM, "2. Samenwerking in de regio 5"),
                    new Block(BlockKind.LIST_ITEM, "3. Financien 11"), new Block(BlockKind.LIST_ITEM, "Bijlage 1 Overzicht per gemeente 24"),
                    new Block(BlockKind.LIST_ITEM, "Bijlage 2 Afkortingen 27"), new Block(BlockKind.LIST_ITEM, "Bijlage 3 Bronnen 30"));
        }
    }

    @Test
    void aSmallLabelOverOneLineOfValueIsAFieldButOverAParagraphItLeadsIt() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4();
            out.text(420, 80, TestPdf.REGULAR, 7, "Datum").text(420, 90, TestPdf.REGULAR, 9, "12 november 2024");
            out.text(420, 110, TestPdf.REGULAR, 7, "Registratienummer").text(420, 120, TestPdf.REGULAR, 9, "3332275");
            out.text(60, 80, TestPdf.REGULAR, 7, "Kern mededeling:");
            out.lines(60, 91, 10, TestPdf.wrap(BODY, 60));
            List<Block> blocks = blocks("velden", out);

            assertThat(blocks).contains(new Block(BlockKind.TABLE_CELL, "Datum | 12 november 2024"),
                    new Block(BlockKind.TABLE_CELL, "Registratienummer | 3332275"), new Block(BlockKind.PARAGRAPH, BODY));
            assertThat(blocks).noneMatch(b -> b.text().startsWith("Kern mededeling: |"));
        }
    }

    @Test
    void aLetterheadsFieldsAreRowsAndALargeChapterNumberStaysWithItsTitle() throws Exception {
        try (TestPdf out = new TestPdf()) {
            out.a4();
            out.text(80, 100, TestPdf.REGULAR, 9, "Datum").text(137, 100, TestPdf.REGULAR, 9, "9 april 2026");
            out.text(80, 112, TestPdf.REGULAR, 9, "Betreft").text(131, 112, TestPdf.REGULAR, 9, "Voortgang Integraal Zorgakkoord en")
                    .text(131, 124, TestPdf.REGULAR, 9, "Aanvullend Zorg- en Welzijnsakkoord");
            out.text(60, 200, TestPdf.BOLD, 30, "1").text(92, 196, TestPdf.BOLD, 11, "Introductie");
            out.text(60, 250, TestPdf.BOLD, 30, "2").text(92, 246, TestPdf.BOLD, 11, "Slotwoord");
            List<Block> blocks = blocks("brief", out);

            assertThat(blocks).containsExactly(new Block(BlockKind.TABLE_CELL, "Datum | 9 april 2026"),
                    new Block(BlockKind.TABLE_CELL, "Betreft | Voortgang Integraal Zorgakkoord en Aanvullend Zorg- en Welzijnsakkoord"),
                    new Block(BlockKind.HEADING, "1 Introductie"), new Block(BlockKind.HEADING, "2 Slotwoord"));
        }
    }

    /** A table with a rule above, between and under its rows and none between its columns. */
    private static void drawTable(TestPdf out, float x, float y, float[] widths, String[][] rows) throws Exception {
        float width = 0;
        for (float w : widths) width += w;
        out.line(x, y, x + width, y);
        for (int r = 0; r < rows.length; r++) {
            float cell = x;
            for (int c = 0; c < rows[r].length; c++) {
                out.text(cell + 3, y + 18 * r + 13, r == 0 ? TestPdf.BOLD : TestPdf.REGULAR, 9, rows[r][c]);
                cell += widths[c];
            }
            out.line(x, y + 18 * (r + 1), x + width, y + 18 * (r + 1));
        }
    }
}
