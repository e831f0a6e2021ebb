package nl.regioplan.pipeline.source;

import nl.regioplan.pipeline.ingest.IncomingDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderSourceTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsPdfsRecursivelyInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.pdf"), "x");
        Files.writeString(dir.resolve("A.PDF"), "x");
        Files.writeString(dir.resolve("sub/c.pdf"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        List<IncomingDocument> docs = FolderSource.documents(List.of(dir));
        assertThat(docs).extracting(IncomingDocument::fileName).containsExactly("A.PDF", "b.pdf", "c.pdf");
    }

    @Test
    void aScanNamesTheFilesItLeftOutButNotTheFoldersOwnDescription() throws Exception {
        Files.writeString(dir.resolve("plan.pdf"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve("._plan.pdf"), "x");
        Files.writeString(dir.resolve("index.csv"), "file,title\nplan.pdf,Plan\n");
        FolderSource.Scan scan = FolderSource.scan(List.of(dir));
        assertThat(scan.documents()).extracting(IncomingDocument::fileName).containsExactly("plan.pdf");
        assertThat(scan.skippedLines()).containsExactly("skipped 1 file not named .pdf: notes.txt",
                "skipped 1 hidden file (the name starts with a dot; rename it to ingest it): ._plan.pdf");
    }

    @Test
    void aFileNamedExplicitlyIsTakenWhateverItsName() throws Exception {
        Path odd = Files.writeString(dir.resolve("page.html"), "<html>");
        assertThat(FolderSource.documents(List.of(odd))).extracting(IncomingDocument::file).containsExactly(odd);
    }

    @Test
    void aMissingPathIsAClearError() {
        assertThatThrownBy(() -> FolderSource.documents(List.of(dir.resolve("nope"))))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope");
    }

    @Test
    void aFolderCatalogueGivesTitlesTypesAndRegions() throws Exception {
        Files.writeString(dir.resolve("plan.pdf"), "x");
        Files.writeString(dir.resolve("index.csv"), """
                file,pages,title,publisher,publication_date,document_type,region
                plan.pdf,3,"Regioplan Twente, 2023",Menzis,2023-12-01,regioplan,Twente
                """);
        IncomingDocument doc = FolderSource.documents(List.of(dir)).get(0);
        assertThat(doc.title()).isEqualTo("Regioplan Twente, 2023");
        assertThat(doc.type()).isEqualTo("regioplan");
        assertThat(doc.region()).isEqualTo("Twente");
        assertThat(doc.docId()).isNull();
    }
}
