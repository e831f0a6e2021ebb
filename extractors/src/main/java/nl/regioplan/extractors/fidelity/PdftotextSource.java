package nl.regioplan.extractors.fidelity;

import nl.regioplan.extractors.program.ExternalProgram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * poppler's pdftotext, in its default reading-order mode or with {@code -layout}. Its units are the groups of
 * lines between blank lines, the paragraphs a reader of its output sees; pages end at form feeds.
 */
public final class PdftotextSource implements TextSource {
    private final boolean layout;
    private final Optional<Path> executable = ExternalProgram.onPath("pdftotext");

    public PdftotextSource(boolean layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return layout ? "pdftotext -layout" : "pdftotext";
    }

    @Override
    public boolean available() {
        return executable.isPresent();
    }

    @Override
    public List<TextUnit> units(Path pdf) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.orElseThrow().toString(), "-q", "-enc", "UTF-8"));
        if (layout) command.add("-layout");
        command.add(pdf.toString());
        command.add("-");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) throw new IOException("pdftotext failed on " + pdf);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return paragraphs(out);
    }

    static List<TextUnit> paragraphs(String out) {
        List<TextUnit> units = new ArrayList<>();
        String[] pages = out.split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            for (String group : pages[p].split("\\n\\s*\\n")) {
                if (!group.isBlank()) units.add(new TextUnit(p + 1, null, group.strip()));
            }
        }
        return units;
    }
}
