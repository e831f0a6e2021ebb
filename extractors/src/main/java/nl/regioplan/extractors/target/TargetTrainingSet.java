package nl.regioplan.extractors.target;

import nl.regioplan.corpus.table.DataTable;
import nl.regioplan.extractors.block.BlockKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The annotated units the target classifier learns from ({@code target-sentences-nl.tsv}, documented in the
 * target README): units of public Dutch policy documents labelled by hand, each with the document, page, the
 * kind of block it is, the heading above it and the intro of its list, so training sees the same context the
 * extractor sees at run time. Every unit of an annotated page is labelled, so ordinary sentences appear in
 * their natural share.
 */
public final class TargetTrainingSet {
    static final String RESOURCE = "target-sentences-nl.tsv";
    private static final List<String> HEADER = List.of("doc", "page", "published", "label", "kind", "deadline", "unit",
            "heading", "intro", "text", "reason");

    /** One annotated unit. */
    public record Unit(String doc, int page, Integer published, boolean target, String kind, String deadline,
                       BlockKind unit, String heading, String intro, String text, String reason) {

        /** The context the unit stood in, derived from its heading and intro as the extractor derives it. */
        public TargetContext context() {
            Integer year = ContextYear.ofLabel(intro, published);
            if (year == null) year = ContextYear.ofHeading(heading, published);
            boolean goal = GOAL.matcher(nullToEmpty(heading)).find() || GOAL.matcher(nullToEmpty(intro)).find();
            return new TargetContext(published, goal, null, year, unit, heading, intro, 0);
        }
    }

    private static final Pattern GOAL = CueLexicon.load("target-cues-nl.txt").pattern("goal_heading");

    private final List<Unit> units;

    private TargetTrainingSet(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    public static TargetTrainingSet bundled() {
        return Holder.BUNDLED;
    }

    public List<Unit> units() {
        return units;
    }

    /** The documents annotated units come from. */
    public Set<String> documents() {
        Set<String> docs = new TreeSet<>();
        for (Unit u : units) docs.add(u.doc());
        return docs;
    }

    static TargetTrainingSet read(InputStream in) throws IOException {
        List<Unit> units = new ArrayList<>();
        for (DataTable.Row row : DataTable.rows(in, '\t', HEADER, RESOURCE)) {
            String[] c = row.cells();
            String label = c[3];
            if (!label.equals("target") && !label.equals("none")) {
                throw new IOException(RESOURCE + " line " + row.line() + ": label must be target or none");
            }
            units.add(new Unit(c[0], Integer.parseInt(c[1]), c[2].isEmpty() ? null : Integer.valueOf(c[2]),
                    label.equals("target"), blankToNull(c[4]), blankToNull(c[5]), unit(c[6]), blankToNull(c[7]),
                    blankToNull(c[8]), c[9], blankToNull(c[10])));
        }
        return new TargetTrainingSet(units);
    }

    private static BlockKind unit(String s) {
        return s.isBlank() ? null : BlockKind.valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Holder {
        static final TargetTrainingSet BUNDLED = load();

        private static TargetTrainingSet load() {
            try (InputStream in = TargetTrainingSet.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
