package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Where `regioplan eval` looks for a gold document's PDF, as its command line sets it. */
class PdfFoldersTest {

    @Test
    void withoutPdfEvalLooksBesideEachGoldFolderOrFileAndInTheDataFoldersRawCopies(@TempDir Path tmp) throws Exception {
        Path goldFolder = Files.createDirectories(tmp.resolve("shared/gold"));
        Path goldFile = Files.createDirectories(tmp.resolve("elsewhere")).resolve("gold_x.jsonl");
        Files.writeString(goldFile, "");
        EvalCommand eval = parse("--gold", goldFolder.toString(), "--gold", goldFile.toString(),
                "--data", tmp.resolve("data").toString());
        assertThat(eval.pdfFolders.searched(eval.gold)).containsExactly(tmp.resolve("shared/corpus/pdf"),
                tmp.resolve("corpus/pdf"), tmp.resolve("data/raw"));
    }

    @Test
    void pdfFoldersReplaceTheDefaults(@TempDir Path tmp) {
        EvalCommand eval = parse("--gold", tmp.resolve("gold").toString(), "--pdf", "a", "--pdf", "b");
        assertThat(eval.pdfFolders.searched(eval.gold)).containsExactly(Path.of("a"), Path.of("b"));
    }

    private static EvalCommand parse(String... args) {
        EvalCommand eval = new EvalCommand();
        new CommandLine(eval).parseArgs(args);
        return eval;
    }
}
