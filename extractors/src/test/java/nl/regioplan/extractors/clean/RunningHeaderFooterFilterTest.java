package nl.regioplan.extractors.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RunningHeaderFooterFilterTest {
    @Test
    void findsHeadersAndPageNumbersThatRepeatWithChangingDigits() {
        Predicate<String> running = new RunningHeaderFooterFilter().runningLines(List.of(
                List.of("Regioplan Midden-IJssel 2023", "Inleiding", "pagina 1 van 4"),
                List.of("Regioplan Midden-IJssel 2023", "De regio", "pagina 2 van 4"),
                List.of("Regioplan  Midden-IJssel 2023", "Opgaven", "pagina 3 van 4"),
                List.of("Regioplan Midden-IJssel 2023", "Bijlage", "pagina 4 van 4")));
        assertThat(running).accepts("Regioplan Midden-IJssel 2023", "pagina 7 van 9");
        assertThat(running).rejects("Inleiding", "Opgaven");
    }

    @Test
    void keepsALineThatAppearsOnTooFewPages() {
        Predicate<String> running = new RunningHeaderFooterFilter().runningLines(List.of(
                List.of("Samenvatting"), List.of("Samenvatting"), List.of("3"), List.of("4"), List.of("5")));
        assertThat(running).rejects("Samenvatting");
        assertThat(running).accepts("6");
    }

    @Test
    void needsEveryPageOfAShortDocument() {
        Predicate<String> running = new RunningHeaderFooterFilter().runningLines(List.of(List.of("Memo", "1"), List.of("Memo", "2")));
        assertThat(running).accepts("Memo", "3");
    }
}
