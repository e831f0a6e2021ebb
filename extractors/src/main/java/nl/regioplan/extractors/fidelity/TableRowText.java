package nl.regioplan.extractors.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * The project writes a table row as one block whose cells are led by their column header ("Doel: ... | Jaar:
 * 2027") after a block with the header row itself. A reader sees each header once, so for the measures the
 * repeated labels are taken off again; cells without the header's label are left as they are.
 */
final class TableRowText {
    static final String CELL_SEPARATOR = " | ";

    private TableRowText() {
    }

    static List<TextUnit> unlabelled(List<TextUnit> units) {
        List<TextUnit> out = new ArrayList<>(units.size());
        List<String> header = List.of();
        for (TextUnit u : units) {
            if (!"table_cell".equals(u.kind())) {
                out.add(u);
                continue;
            }
            List<String> cells = List.of(u.text().split(" \\| ", -1));
            boolean labelled = false;
            List<String> values = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i), label = label(cell, header, i);
                if (label != null) {
                    values.add(cell.substring(label.length() + 2));
                    labelled = true;
                } else {
                    values.add(cell);
                }
            }
            if (!labelled) header = cells;
            out.add(new TextUnit(u.page(), u.kind(), String.join(CELL_SEPARATOR, values)));
        }
        return out;
    }

    /**
     * The header label that leads the cell: the header cell in its position, else any (a row with empty cells
     * has fewer cells than its header), without the colon a header cell may end in.
     */
    private static String label(String cell, List<String> header, int position) {
        List<String> candidates = new ArrayList<>();
        if (position < header.size()) candidates.add(header.get(position));
        candidates.addAll(header);
        for (String h : candidates) {
            String label = h.replaceFirst("\\s*:$", "");
            if (!label.isEmpty() && cell.startsWith(label + ": ")) return label;
        }
        return null;
    }
}
