package nl.regioplan.extractors.target;

import nl.regioplan.corpus.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of a goals table as the text stage gives it: cells separated by " | ", each led by its column's header
 * ("Doel: Minder valincidenten | Indicator: valongevallen 65+ | Streefwaarde: -10% | Jaar: 2026 | Trekker:
 * GGD"). The columns say what each cell is: the goal, the target value, the year, the responsible party.
 */
record TableRow(List<Cell> cells) {
    record Cell(String header, String value) {
    }

    private static final Pattern CELL = Pattern.compile("^\\s*([^:|]{2,40}):\\s*(.*?)\\s*$", Pattern.DOTALL);
    private static final Pattern GOAL = header("doel|doelen|doelstelling|ambitie|resultaat|beoogd resultaat|beoogde resultaten|wat");
    private static final Pattern VALUE = header("streefwaarde|streefcijfer|norm|target|doelwaarde|ambitie \\d{4}|kpi");
    private static final Pattern WHEN = header("jaar|termijn|deadline|wanneer|gereed|planning|datum|tijdpad|looptijd|periode");
    private static final Pattern WHO = header("trekker|eigenaar|verantwoordelijke?|wie|uitvoering|partij(?:en)?|door");
    private static final Pattern BASELINE = header("nulmeting|uitgangswaarde|huidige waarde|basis(?:waarde|jaar)?|nu");

    private static Pattern header(String alternatives) {
        return Folding.ignoringCase("^(?:" + alternatives + ")\\b");
    }

    /** The row's cells when at least two of them carry a column header, else null. */
    static TableRow parse(String text) {
        List<Cell> cells = new ArrayList<>();
        int labelled = 0;
        for (String part : text.split("\\s\\|\\s")) {
            Matcher m = CELL.matcher(part);
            if (m.matches()) {
                cells.add(new Cell(m.group(1).strip(), m.group(2)));
                labelled++;
            } else {
                cells.add(new Cell(null, part.strip()));
            }
        }
        return labelled >= 2 ? new TableRow(List.copyOf(cells)) : null;
    }

    /** A goals table: a column names the goal or its target value. */
    boolean isGoalRow() {
        return cell(GOAL) != null || cell(VALUE) != null;
    }

    String goal() {
        return cell(GOAL);
    }

    String value() {
        return cell(VALUE);
    }

    String when() {
        return cell(WHEN);
    }

    String who() {
        return cell(WHO);
    }

    String baseline() {
        return cell(BASELINE);
    }

    private String cell(Pattern header) {
        for (Cell c : cells) if (c.header() != null && header.matcher(c.header()).find() && !c.value().isBlank()) return c.value();
        return null;
    }
}
