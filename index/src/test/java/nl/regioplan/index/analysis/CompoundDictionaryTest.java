package nl.regioplan.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundDictionaryTest {

    @Test
    void holdsTheDomainPartsSearchReliesOn() {
        CompoundDictionary dictionary = CompoundDictionary.bundled();
        assertThat(dictionary.size()).isGreaterThan(1000);
        for (String part : List.of("personeel", "tekort", "zorg", "huisarts", "wachttijd", "arbeidsmarkt", "preventie")) {
            assertThat(dictionary.contains(part)).as(part).isTrue();
        }
    }

    @Test
    void everyEntryIsAFoldedLowercaseWordOfUsableLengthAndNoStopword() throws IOException {
        try (BufferedReader reader = new BufferedReader(AnalysisResources.open("compound-words.txt"))) {
            List<String> entries = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry).matches("[a-z]+");
                assertThat(entry.length()).isBetween(CompoundDictionary.MIN_PART, CompoundDictionary.MAX_PART);
                assertThat(DutchStemming.stopwords().contains(entry)).as(entry).isFalse();
            });
            assertThat(entries).doesNotHaveDuplicates();
        }
    }
}
