package nl.regioplan.pipeline.themes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The matrix as aligned text, with the theme codes explained below it. */
public final class TextMatrixRenderer implements MatrixRenderer {
    @Override
    public void render(ThemeMatrix matrix, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("region", "docs"));
        matrix.themes().forEach(t -> header.add(t.code()));
        boolean[] right = new boolean[header.size()];
        Arrays.fill(right, 1, right.length, true);
        TextTable table = new TextTable(header, right);
        for (ThemeMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.region(), Integer.toString(row.documents())));
            row.values().forEach(v -> cells.add(matrix.format(v)));
            table.add(cells);
        }
        StringBuilder text = new StringBuilder();
        text.append("IZA themes per region: ").append(matrix.measure().description()).append('\n').append('\n');
        text.append(matrix.rows().isEmpty() ? "(no documents with records in this data folder)\n" : table.render());
        text.append('\n');
        for (IzaTheme t : matrix.themes()) text.append(t.code()).append("  ").append(t.description()).append('\n');
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
