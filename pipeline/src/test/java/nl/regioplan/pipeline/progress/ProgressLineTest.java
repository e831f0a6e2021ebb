package nl.regioplan.pipeline.progress;

import nl.regioplan.pipeline.ingest.IncomingDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {
    @Test
    void withoutATerminalEachDocumentIsAPlainLogLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.expect(3);
        progress.documentDone(IncomingDocument.ofFile(Path.of("a.pdf")), 10);
        progress.documentSkipped(IncomingDocument.ofFile(Path.of("b.pdf")));
        progress.documentFailed(IncomingDocument.ofFile(Path.of("c.pdf")), "the file is empty");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r").doesNotContain("\033");
        assertThat(out.lines()).anyMatch(l -> l.startsWith("1/3 documents, 10 pages") && l.contains("ETA") && l.endsWith("a.pdf: 10 pages"));
        assertThat(out).contains("quarantined c.pdf: the file is empty");
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.expect(2);
        progress.documentDone(IncomingDocument.ofFile(Path.of("a.pdf")), 4);
        progress.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r\033[2K1/2 documents, 4 pages").doesNotContain("\n");
    }

    @Test
    void onATerminalTheLineKeepsTheFileNameAndOnePageIsSingular() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.expect(2);
        progress.documentDone(IncomingDocument.ofFile(Path.of("besluitenlijst.pdf")), 1);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("besluitenlijst.pdf: 1 page").doesNotContain("1 pages");
    }

    @Test
    void whileWatchingThereIsNoRateOverTheTimeSpentWaiting() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.expect(0);
        progress.documentDone(IncomingDocument.ofFile(Path.of("nieuw.pdf")), 12);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("1 document, 12 pages  nieuw.pdf: 12 pages").doesNotContain("pages/s").doesNotContain("?");
        assertThat(progress.stoppedLine()).as("Ctrl-C is how --watch stops: nothing to finish").isNull();
    }

    @Test
    void aStopInTheMiddleOfARunSaysHowFarItGotAndHowToFinish() {
        ProgressLine progress = new ProgressLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        progress.expect(51);
        for (int i = 0; i < 23; i++) progress.documentDone(IncomingDocument.ofFile(Path.of("p" + i + ".pdf")), 3);
        assertThat(progress.stoppedLine()).isEqualTo("stopped at 23/51 documents; run the same command again to finish");
        progress.finish();
        assertThat(progress.stoppedLine()).as("after the run ends").isNull();
    }
}
