package nl.regioplan.pipeline.themes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The matrix as a heatmap page that works offline and by e-mail: one file, inline CSS, no scripts, no fonts or
 * images fetched. Each cell carries data-region and data-theme, and a tooltip with the full theme name.
 */
public final class HtmlMatrixRenderer implements MatrixRenderer {
    @Override
    public void render(ThemeMatrix matrix, OutputStream out) throws IOException {
        double max = matrix.max();
        String title = "IZA-thema's per regio: " + matrix.measure().description();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:14px}\n")
                .append("th,td{border:1px solid #ddd;padding:4px 8px}\n")
                .append("thead th{vertical-align:bottom;font-weight:600;max-width:7em}\n")
                .append("thead th small{display:block;font-weight:normal;font-size:11px;color:#555}\n")
                .append("tbody th{text-align:left;white-space:nowrap;font-weight:normal}\n")
                .append("td{text-align:right;min-width:3em;font-variant-numeric:tabular-nums}\n")
                .append("td.light{color:#fff}\n")
                .append(".legend{margin-top:1.5em;font-size:13px}\n")
                .append(".scale{display:flex;align-items:center;gap:6px;margin-bottom:1em}\n")
                .append(".scale span.swatch{width:2.2em;height:1.2em;border:1px solid #ccc;display:inline-block}\n")
                .append("dl{display:grid;grid-template-columns:2em auto;gap:2px 8px;margin:0}dt{font-weight:600}dd{margin:0}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        h.append("<table>\n<thead><tr><th>Regio</th><th>Documenten</th>");
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
                        .append(" title=\"").append(escape(row.region() + " · " + theme.label() + ": " + matrix.format(v)))
                        .append("\">").append(matrix.format(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<div class=\"legend\">\n<div class=\"scale\">").append(escape(matrix.measure().description())).append(':');
        for (double step : new double[]{0, 0.25, 0.5, 0.75, 1})
            h.append(" <span class=\"swatch\" style=\"background:").append(HeatScale.hex(HeatScale.colour(step * max, max)))
                    .append("\"></span>").append(matrix.format(step * max));
        h.append("</div>\n<dl>\n");
        for (IzaTheme t : matrix.themes())
            h.append("<dt>").append(escape(t.code())).append("</dt><dd>").append(escape(t.description())).append("</dd>\n");
        h.append("</dl>\n</div>\n</body>\n</html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
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
