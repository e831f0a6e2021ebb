package nl.regioplan.pipeline.themes;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The matrix as a heatmap image for a report: regions down, theme codes across, the value in each cell, and a
 * key of theme names and colours below. Drawn off-screen, so it works on a server without a display. Drawn at
 * twice the size it is laid out in, so it stays sharp when a word processor shrinks it to the page width.
 */
public final class PngMatrixRenderer implements MatrixRenderer {
    private static final int SCALE = 2;
    private static final int CELL_W = 46;
    private static final int CELL_H = 24;
    private static final int PAD = 16;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(ThemeMatrix matrix, OutputStream out) throws IOException {
        List<IzaTheme> themes = matrix.themes();
        String title = "IZA-thema's per regio: " + matrix.measure().caption();
        FontMetrics text = metrics(TEXT);
        int labelW = text.stringWidth("Regio");
        for (ThemeMatrix.Row row : matrix.rows()) labelW = Math.max(labelW, text.stringWidth(row.region()));
        FontMetrics bold = metrics(BOLD);
        int codeW = 0;
        for (IzaTheme t : themes) codeW = Math.max(codeW, bold.stringWidth(t.code()) + 8);
        int keyW = 0;
        for (IzaTheme t : themes) keyW = Math.max(keyW, codeW + text.stringWidth(t.label()));
        int keyColumns = 3;
        int keyRows = (themes.size() + keyColumns - 1) / keyColumns;
        int gridX = PAD + labelW + 12;
        int gridY = PAD + 30 + CELL_H;
        int gridW = CELL_W * themes.size();
        int gridH = CELL_H * Math.max(matrix.rows().size(), 1);
        int width = Math.max(gridX + gridW, PAD + Math.max(metrics(TITLE).stringWidth(title), keyColumns * (keyW + 24))) + PAD;
        int keyY = gridY + gridH + 28;
        int height = keyY + 26 + keyRows * 18 + PAD;

        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.DARK_GRAY);
            g.setFont(TITLE);
            g.drawString(title, PAD, PAD + 14);

            g.setFont(BOLD);
            for (int c = 0; c < themes.size(); c++)
                centred(g, themes.get(c).code(), gridX + c * CELL_W, gridY - CELL_H, CELL_W, CELL_H);
            double max = matrix.max();
            for (int r = 0; r < matrix.rows().size(); r++) {
                ThemeMatrix.Row row = matrix.rows().get(r);
                int y = gridY + r * CELL_H;
                g.setFont(TEXT);
                g.setColor(Color.DARK_GRAY);
                g.drawString(row.region(), PAD, y + baseline(g, CELL_H));
                for (int c = 0; c < themes.size(); c++) {
                    double v = row.values().get(c);
                    int x = gridX + c * CELL_W;
                    g.setColor(HeatScale.colour(v, max));
                    g.fillRect(x, y, CELL_W, CELL_H);
                    g.setColor(HeatScale.needsLightText(v, max) ? Color.WHITE : Color.DARK_GRAY);
                    centred(g, matrix.formatDutch(v), x, y, CELL_W, CELL_H);
                }
            }
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.setStroke(new BasicStroke(1));
            for (int r = 0; r <= matrix.rows().size(); r++) g.drawLine(gridX, gridY + r * CELL_H, gridX + gridW, gridY + r * CELL_H);
            for (int c = 0; c <= themes.size(); c++) g.drawLine(gridX + c * CELL_W, gridY, gridX + c * CELL_W, gridY + gridH);

            drawScale(g, matrix, max, keyY);
            g.setFont(TEXT);
            g.setColor(Color.DARK_GRAY);
            for (int i = 0; i < themes.size(); i++) {
                int x = PAD + (i / keyRows) * (keyW + 24);
                int y = keyY + 26 + (i % keyRows) * 18 + 12;
                g.setFont(BOLD);
                g.drawString(themes.get(i).code(), x, y);
                g.setFont(TEXT);
                g.drawString(themes.get(i).label(), x + codeW, y);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this Java runtime");
    }

    private static void drawScale(Graphics2D g, ThemeMatrix matrix, double max, int y) {
        g.setFont(TEXT);
        g.setColor(Color.DARK_GRAY);
        String label = matrix.measure().caption() + ":";
        g.drawString(label, PAD, y + 12);
        int x = PAD + g.getFontMetrics().stringWidth(label) + 8;
        for (double v : matrix.legendValues()) {
            g.setColor(HeatScale.colour(v, max));
            g.fillRect(x, y, 26, 16);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(x, y, 26, 16);
            g.setColor(Color.DARK_GRAY);
            String value = matrix.formatDutch(v);
            g.drawString(value, x + 30, y + 12);
            x += 30 + g.getFontMetrics().stringWidth(value) + 12;
        }
    }

    private static void centred(Graphics2D g, String s, int x, int y, int w, int h) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(s, x + (w - m.stringWidth(s)) / 2, y + baseline(g, h));
    }

    private static int baseline(Graphics2D g, int h) {
        FontMetrics m = g.getFontMetrics();
        return (h - m.getHeight()) / 2 + m.getAscent();
    }

    /** Text widths before the image exists, to size it. */
    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
