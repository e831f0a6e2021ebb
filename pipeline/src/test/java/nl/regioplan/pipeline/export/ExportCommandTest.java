package nl.regioplan.pipeline.export;

import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.themes.SamplePlans;
import nl.regioplan.pipeline.themes.SamplePlansFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest extends SamplePlansFixture {
    @Test
    void csvGoesToStandardOutputByDefault() throws Exception {
        CommandRun run = CommandRun.of("export", "targets", "--data", data, "--region", "regio noord", "--theme", "g");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> rows = CsvExportWriterTest.parse(run.text(), CSVFormat.RFC4180);
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(3))
                .containsExactly(SamplePlans.NOORD_BEWEGEN.text(), SamplePlans.NOORD_ROKEN.text());
    }

    @Test
    void excelNlToAFile() throws Exception {
        Path out = folder.resolve("out/doelen.csv");
        CommandRun run = CommandRun.of("export", "percentages", "--data", data, "--excel-nl", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote 2 percentages");
        String text = Files.readString(out);
        assertThat(text).startsWith("\uFEFFdoc;page;type;value;").contains(";31,1;");
    }

    @Test
    void allAsWorkbookAndAsFolderOfFiles() throws Exception {
        Path book = folder.resolve("alles.xlsx");
        assertThat(CommandRun.of("export", "all", "--data", data, "--format", "xlsx", "--out", book.toString()).exitCode()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(book.toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }
        Path dir = folder.resolve("jsonl");
        assertThat(CommandRun.of("export", "all", "--data", data, "--format", "jsonl", "--out", dir.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(dir.resolve("passages.jsonl"))).hasSize(9);
        assertThat(dir.resolve("parties.jsonl")).exists();
    }

    @Test
    void anExistingFolderAsOutGetsAFileNamedAfterTheType() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("exports"));
        assertThat(CommandRun.of("export", "targets", "--data", data, "--out", dir.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("export", "themes", "--data", data, "--format", "xlsx", "--out", dir.toString()).exitCode()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("targets.csv", "themes.xlsx");
        }
        Path fresh = folder.resolve("nieuw");
        assertThat(CommandRun.of("export", "all", "--data", data, "--format", "xlsx", "--out", fresh + "/").exitCode()).isZero();
        assertThat(fresh.resolve("records.xlsx")).isRegularFile();
    }

    @Test
    void mistakesAreOneLineThatSaysWhatToDo() {
        CommandRun xlsx = CommandRun.of("export", "targets", "--data", data, "--format", "xlsx");
        assertThat(xlsx.exitCode()).isEqualTo(2);
        assertThat(xlsx.err()).isEqualTo("regioplan: xlsx is a binary file: give --out FILE.xlsx" + System.lineSeparator());

        assertThat(CommandRun.of("export", "targets", "--data", data, "--region", "Atlantis").err())
                .contains("no documents for region 'Atlantis'", "Regio Noord", "Regio Zuid");
        assertThat(CommandRun.of("export", "targets", "--data", data, "--theme", "Q").err()).contains("unknown theme 'Q'", "W");
        assertThat(CommandRun.of("export", "parties", "--data", data, "--theme", "A").err()).contains("carry no themes");
        assertThat(CommandRun.of("export", "all", "--data", data).err()).contains("--out FOLDER");
        assertThat(CommandRun.of("export", "targets", "--data", data, "--format", "jsonl", "--excel-nl").err()).contains("--excel-nl");
    }
}
