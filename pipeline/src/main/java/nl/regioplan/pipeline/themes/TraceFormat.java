package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.choice.TypedChoice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The outputs of {@code regioplan trace}: a report to read, or one CSV row per target and key passage. */
public enum TraceFormat {
    TABLE {
        @Override
        public void render(ThemeTrace trace, OutputStream out) throws IOException {
            StringBuilder s = new StringBuilder();
            s.append("Theme ").append(trace.theme().code()).append(": ").append(trace.theme().description()).append("\n\n");
            TextTable overview = new TextTable(List.of("region", "targets", "deadlines", "key passages"), false, true, false, true);
            for (String region : trace.regions()) {
                List<ThemeTrace.TracedTarget> targets = trace.targetsOf(region);
                overview.add(List.of(region, Integer.toString(targets.size()), span(targets), Integer.toString(trace.passagesOf(region).size())));
            }
            s.append(overview.render()).append('\n');
            s.append("Targets, by deadline then region\n");
            if (trace.targets().isEmpty()) s.append("  (none)\n");
            TextTable targets = new TextTable(List.of("deadline", "region", "source", "target"));
            for (ThemeTrace.TracedTarget t : trace.targets())
                targets.add(List.of(Deadlines.text(t.target().deadline()), t.region(), t.reference().toString(), oneLine(t.target().text())));
            if (!trace.targets().isEmpty()) s.append(targets.render());
            s.append('\n').append("Key passages, per region\n");
            if (trace.passages().isEmpty()) s.append("  (none)\n");
            for (String region : trace.regions()) {
                List<ThemeTrace.KeyPassage> passages = trace.passagesOf(region);
                if (passages.isEmpty()) continue;
                s.append(region).append('\n');
                for (ThemeTrace.KeyPassage p : passages) {
                    s.append("  ").append(p.reference());
                    if (!p.evidence().isEmpty()) s.append("  [").append(String.join(", ", p.evidence())).append(']');
                    s.append("\n    ").append(oneLine(p.passage().text())).append('\n');
                }
            }
            out.write(s.toString().getBytes(StandardCharsets.UTF_8));
        }
    },
    CSV {
        @Override
        public void render(ThemeTrace trace, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord("theme", "region", "record", "deadline", "doc", "pages", "text", "evidence");
            String code = trace.theme().code();
            for (ThemeTrace.TracedTarget t : trace.targets())
                csv.printRecord(code, t.region(), "target", Deadlines.text(t.target().deadline()), t.target().doc(),
                        pages(t.reference()), t.target().text(), "");
            for (ThemeTrace.KeyPassage p : trace.passages())
                csv.printRecord(code, p.region(), "passage", "", p.passage().doc(), pages(p.reference()), p.passage().text(),
                        String.join("|", p.evidence()));
            csv.flush();
        }
    };

    public abstract void render(ThemeTrace trace, OutputStream out) throws IOException;

    public static TraceFormat parse(String typed) {
        return TypedChoice.parse(TraceFormat.class, typed, "format");
    }

    private static String pages(PageReference reference) {
        return String.join("|", reference.pages().stream().map(String::valueOf).toList());
    }

    private static String span(List<ThemeTrace.TracedTarget> targets) {
        List<Integer> years = targets.stream().map(t -> Deadlines.year(t.target().deadline())).filter(Objects::nonNull).sorted().toList();
        if (years.isEmpty()) return targets.isEmpty() ? "" : "none given";
        return years.getFirst().equals(years.getLast()) ? years.getFirst().toString() : years.getFirst() + "-" + years.getLast();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
