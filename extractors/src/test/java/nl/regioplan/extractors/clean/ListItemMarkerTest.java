package nl.regioplan.extractors.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListItemMarkerTest {
    @Test
    void stripsBulletsInTheShapesPdfsProduce() {
        assertThat(ListItemMarker.itemText("Å Regiothemas, opgaven en dwarsverbanden")).contains("Regiothemas, opgaven en dwarsverbanden");
        assertThat(ListItemMarker.itemText("• VWS monitort op een aantal doelen")).contains("VWS monitort op een aantal doelen");
        assertThat(ListItemMarker.itemText("\uF0B7 Gezond en Actief Leven Akkoord")).contains("Gezond en Actief Leven Akkoord");
        assertThat(ListItemMarker.itemText("\uF0A7Valpreventie")).contains("Valpreventie");
        assertThat(ListItemMarker.itemText("- Programma Wonen")).contains("Programma Wonen");
    }

    @Test
    void keepsNumbersAndLettersOfNumberedItems() {
        assertThat(ListItemMarker.itemText("1. Inwoners doen mee")).contains("1. Inwoners doen mee");
        assertThat(ListItemMarker.itemText("b) de huisarts")).contains("b) de huisarts");
    }

    @Test
    void aStatementDropsTheNumberItsListGaveIt() {
        assertThat(ListItemMarker.withoutItemNumber("1. Inwoners doen mee.")).isEqualTo("Inwoners doen mee.");
        assertThat(ListItemMarker.withoutItemNumber("(b) de huisarts verwijst")).isEqualTo("de huisarts verwijst");
        assertThat(ListItemMarker.withoutItemNumber("2027 is het doel")).isEqualTo("2027 is het doel");
        assertThat(ListItemMarker.withoutItemNumber("3.500 inwoners doen mee")).isEqualTo("3.500 inwoners doen mee");
    }

    @Test
    void doesNotMistakeOrdinaryLinesForItems() {
        assertThat(ListItemMarker.itemText("-5% minder verzuim")).isEmpty();
        assertThat(ListItemMarker.itemText("2023 was een goed jaar")).isEmpty();
        assertThat(ListItemMarker.itemText("Åland")).isEmpty();
        assertThat(ListItemMarker.itemText("o ja")).isEmpty();
    }
}
