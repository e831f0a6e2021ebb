package nl.regioplan.extractors.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeLexiconBuilderTest {
    @Test
    void splitsTheWerkagendaAtItsLastPartHeadings() {
        String text = "Inhoud\nOnderdeel A. Passende zorg\nOnderdeel B. Regio\n...\n"
                + "Onderdeel A.\nPassende zorg tekst\nOnderdeel B.\nRegionale tekst\n";
        Map<String, String> parts = ThemeLexiconBuilder.parts(text);
        assertThat(parts).containsOnlyKeys("A", "B");
        assertThat(parts.get("A")).contains("Passende zorg tekst").doesNotContain("Regionale tekst");
        assertThat(parts.get("B")).contains("Regionale tekst");
    }

    @Test
    void ranksATermFrequentInOnePartAndRareElsewhereFirst() {
        Map<String, String> parts = Map.of(
                "C", "ROAZ ROAZ ROAZ ROAZ acute zorg acute zorg acute zorg regio regio regio",
                "G", "leefstijl leefstijl leefstijl preventie preventie preventie regio regio regio");
        List<ThemeLexiconBuilder.Candidate> c = new ThemeLexiconBuilder(Set.of()).candidates(parts, 2);
        assertThat(c).filteredOn(x -> x.code().equals("C")).extracting(ThemeLexiconBuilder.Candidate::term)
                .contains("roaz").doesNotContain("regio");
    }

    /** The lexicon's iza:X sources must stay reproducible from the IZA PDF. */
    @Test
    void everyTermSourcedFromTheIzaIsRederivedFromItsPart() throws Exception {
        Path pdf = Path.of(System.getProperty("regioplan.shared", "../shared"),
                "corpus/pdf/nat_iza_2022_integraal_zorgakkoord.pdf");
        assumeTrue(Files.exists(pdf), "IZA PDF not found at " + pdf + " (../shared missing): skipped");
        Map<String, String> parts = ThemeLexiconBuilder.parts(ThemeLexiconBuilder.pdfText(pdf));
        assertThat(parts.keySet()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");
        Set<String> derived = new HashSet<>();
        for (ThemeLexiconBuilder.Candidate c : ThemeLexiconBuilder.withDefaultStopwords().candidates(parts, 80))
            derived.add(c.code() + " " + c.term());
        List<LexiconTerm> fromIza = ThemeLexicon.loadDefault().terms().stream()
                .filter(t -> t.source().startsWith("iza:")).toList();
        assertThat(fromIza).hasSizeGreaterThan(80);
        for (LexiconTerm t : fromIza)
            assertThat(derived).as(t.term()).contains(t.source().substring(4) + " " + String.join(" ", t.stems()));
    }
}
