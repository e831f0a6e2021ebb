package nl.regioplan.pipeline.themes;

import java.awt.Color;

/**
 * The colour of a matrix cell: light to dark blue with the value, the same in the HTML page and the PNG so a
 * report and the web page read alike. A single hue keeps the order readable in greyscale print and for
 * colour-blind readers; the square root spreads the low counts most cells hold.
 */
public final class HeatScale {
    private static final Color LOW = new Color(0xF7, 0xFB, 0xFF);
    private static final Color HIGH = new Color(0x08, 0x30, 0x6B);

    private HeatScale() {
    }

    public static Color colour(double value, double max) {
        double t = max <= 0 || value <= 0 ? 0 : Math.sqrt(Math.min(value, max) / max);
        return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                mix(LOW.getBlue(), HIGH.getBlue(), t));
    }

    /** White text reads better from the middle of the scale up. */
    public static boolean needsLightText(double value, double max) {
        Color c = colour(value, max);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
