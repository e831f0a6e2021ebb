package nl.regioplan.pipeline.route;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl-C in the middle of an ingest, in its own JVM: the user hears how far it got and how to finish. */
class StoppedIngestTest {
    private static final int DOCUMENTS = 60;
    private static final Pattern STOPPED =
            Pattern.compile("regioplan: stopped at (\\d+)/" + DOCUMENTS + " documents; run the same command again to finish");

    @TempDir
    Path tmp;

    @Test
    void ctrlCSaysWhereItStoppedAndThatTheSameCommandFinishes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++)
            TestPdfs.write(in.resolve(String.format("plan-%02d.pdf", i)), List.of("Regioplan " + i
                    + "\nIn 2027 zijn de wachttijden in de ggz met 20% gedaald.", "Mantelzorg en valpreventie.", "Preventie."));
        Process ingest = RegioplanProcess.start("ingest", in.toString(), "--data", tmp.resolve("data").toString(), "--threads", "1");
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(ingest.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("1/" + DOCUMENTS + " documents")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(ingest.pid())).start().waitFor();
                }
            }
        }
        assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ingest.exitValue()).isEqualTo(130);
        String stopped = lines.stream().filter(l -> l.startsWith("regioplan: stopped")).findFirst().orElse(String.join("\n", lines));
        Matcher m = STOPPED.matcher(stopped);
        assertThat(m.matches()).as(stopped).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(1, DOCUMENTS - 1);
    }
}
