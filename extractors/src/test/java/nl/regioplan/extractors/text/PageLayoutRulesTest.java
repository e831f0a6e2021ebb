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
}
