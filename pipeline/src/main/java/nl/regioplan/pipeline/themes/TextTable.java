package nl.regioplan.pipeline.themes;

import java.util.ArrayList;
import java.util.List;

/** Plain text columns for a terminal: each column as wide as its widest cell; numbers aligned right. */
public final class TextTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param rightAligned per column: true for numbers */
    public TextTable(List<String> header, boolean... rightAligned) {
        this.header = List.copyOf(header);
        this.rightAligned = rightAligned.clone();
    }

    public TextTable add(List<String> row) {
        rows.add(List.copyOf(row));
        return this;
    }

    public String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows())
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
        StringBuilder out = new StringBuilder();
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) line.append("  ");
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
                boolean right = c < rightAligned.length && rightAligned[c];
                line.append(right ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
