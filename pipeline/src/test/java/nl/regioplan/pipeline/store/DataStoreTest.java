package nl.regioplan.pipeline.store;

import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentMetadata;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataStoreTest {
    @TempDir
    Path dir;

    @Test
    void documentTextRoundTripsThroughItsJsonFile() {
        DataStore store = new DataStore(dir);
        DocumentText text = new DocumentText("plan-a", "abc", new DocumentMetadata("Plan A", "Regio", null, null, null, 1),
                List.of(new PageText(1, List.of(new Block(BlockKind.HEADING, "Cliënten"), new Block(BlockKind.PARAGRAPH, "In 2027 ...")), false, null)));
        store.putText(text);
        assertThat(Files.exists(dir.resolve("text/plan-a.json"))).isTrue();
        assertThat(store.text("plan-a")).contains(text);
    }

    @Test
    void documentIdsWithPathCharactersNeverReachTheFileSystem() {
        DataStore store = new DataStore(dir);
        for (String bad : List.of("../etc/passwd", "a/b", "a\\b", "..", "", "x\u0000y")) {
            assertThat(DataStore.isSafeDocId(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> store.text(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DataStore.isSafeDocId("regioplan-midden-ijssel-2023")).isTrue();
        assertThat(DataStore.isSafeDocId("Regioplan Achterhoek (def)")).isTrue();
    }

    @Test
    void quarantineKeepsTheFileAndItsReasonAndReleaseRemovesBoth() throws Exception {
        DataStore store = new DataStore(dir);
        Path bad = Files.writeString(dir.resolve("kapot.pdf"), "<html>");
        store.quarantine(bad, new QuarantineEntry("kapot.pdf", "the file is not a PDF", "NOT_PDF", bad.toString(), "2026-01-01T00:00:00Z"));
        assertThat(store.quarantined()).extracting(QuarantineEntry::file, QuarantineEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kapot.pdf", "the file is not a PDF"));
        assertThat(dir.resolve("quarantine/kapot.pdf")).exists();
        store.release("kapot.pdf");
        assertThat(store.quarantined()).isEmpty();
        assertThat(dir.resolve("quarantine/kapot.pdf")).doesNotExist();
    }

    @Test
    void docIdIsTheFileNameWithoutPdf() {
        assertThat(DataStore.docIdOf("Regioplan.PDF")).isEqualTo("Regioplan");
        assertThat(DataStore.docIdOf("a.b.pdf")).isEqualTo("a.b");
        assertThat(DataStore.docIdOf("Regioplan \u2018Oost\u2019 \u2013 def.pdf")).isEqualTo("Regioplan 'Oost' - def");
        assertThat(DataStore.docIdOf("Plan \u201cZuid\u201d: 2024?.pdf")).isEqualTo("Plan Zuid- 2024-");
        assertThat(DataStore.docIdOf("..hidden..plan...pdf")).isEqualTo("hidden.plan");
        for (String odd : List.of("Plan \u201cZuid\u201d.pdf", "../../etc/passwd.pdf", "a/b\\c.pdf", "\u2014.pdf"))
            assertThat(DataStore.isSafeDocId(DataStore.docIdOf(odd))).as(odd).isTrue();
    }
}
