package nl.regioplan.pipeline.themes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The matrix as a heatmap page that works offline and by e-mail: one file, inline CSS, no scripts, no fonts or
 * images fetched. Each cell carries data-region and data-theme, and a tooltip with the full theme name.
 */
public final class HtmlMatrixRenderer implements MatrixRenderer {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222}
            table.theme-matrix{border-collapse:collapse;font-size:14px}
            .theme-matrix th,.theme-matrix td{border:1px solid #ddd;padding:4px 8px}
            .theme-matrix thead th{vertical-align:bottom;font-weight:600;max-width:7em}
            .theme-matrix thead th small{display:block;font-weight:normal;font-size:11px;color:#555}
            .theme-matrix tbody th{text-align:left;white-space:nowrap;font-weight:normal}
            .theme-matrix td{text-align:right;min-width:3em;font-variant-numeric:tabular-nums}
            .theme-matrix td.light{color:#fff}
            .theme-legend{margin-top:1.5em;font-size:13px}
            .theme-legend .scale{display:flex;align-items:center;gap:6px;margin-bottom:1em}
            .theme-legend .swatch{width:2.2em;height:1.2em;border:1px solid #ccc;display:inline-block}
            .theme-legend dl{display:grid;grid-template-columns:2em auto;gap:2px 8px;margin:0}
            .theme-legend dt{font-weight:600}.theme-legend dd{margin:0}
            """;

    @Override
    public void render(ThemeMatrix matrix, OutputStream out) throws IOException {
        String title = "IZA-thema's per regio: " + matrix.measure().caption();
        String page = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n"
                + fragment(matrix) + "</body>\n</html>\n";
        out.write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** The CSS the fragment's classes need, for pages that embed {@link #fragment}. */
    public static String style() {
        return STYLE;
    }

    /** The table and its legend without the page around them, for the web UI to embed. */
    public static String fragment(ThemeMatrix matrix) {
        double max = matrix.max();
        StringBuilder h = new StringBuilder(8192);
        h.append("<table class=\"theme-matrix\">\n<thead><tr><th>Regio</th><th>Documenten</th>");
        for (IzaTheme t : matrix.themes())
            h.append("<th title=\"").append(escape(t.description())).append("\">").append(escape(t.code()))
                    .append("<small>").append(escape(t.label())).append("</small></th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (ThemeMatrix.Row row : matrix.rows()) {
            h.append("<tr><th>").append(escape(row.region())).append("</th><td>").append(row.documents()).append("</td>");
            for (int i = 0; i < matrix.themes().size(); i++) {
                IzaTheme theme = matrix.themes().get(i);
                double v = row.values().get(i);
                h.append("<td data-region=\"").append(escape(row.region())).append("\" data-theme=\"").append(theme.code())
                        .append('"').append(HeatScale.needsLightText(v, max) ? " class=\"light\"" : "")
                        .append(" style=\"background:").append(HeatScale.hex(HeatScale.colour(v, max))).append('"')
                        .append(" title=\"").append(escape(row.region() + " · " + theme.label() + ": " + matrix.formatDutch(v)))
                        .append("\">").append(matrix.formatDutch(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<div class=\"theme-legend\">\n<div class=\"scale\">").append(escape(matrix.measure().caption())).append(':');
        for (double v : matrix.legendValues())
            h.append(" <span class=\"swatch\" style=\"background:").append(HeatScale.hex(HeatScale.colour(v, max)))
                    .append("\"></span>").append(matrix.formatDutch(v));
        h.append("</div>\n<dl>\n");
        for (IzaTheme t : matrix.themes())
            h.append("<dt>").append(escape(t.code())).append("</dt><dd>").append(escape(t.description())).append("</dd>\n");
        h.append("</dl>\n</div>\n");
        return h.toString();
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
