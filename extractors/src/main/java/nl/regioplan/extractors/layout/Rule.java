package nl.regioplan.extractors.layout;

/**
 * A straight horizontal or vertical stroke on the page, in the words' coordinates (points, y down from the top):
 * a table's grid line, the edge of a shaded cell, an underline. Only axis-parallel strokes are kept.
 */
public record Rule(float x1, float y1, float x2, float y2) {
    public Rule {
        if (x1 > x2 || y1 > y2) throw new IllegalArgumentException("a rule runs left to right, top down");
    }

    public boolean horizontal() {
        return x2 - x1 >= y2 - y1;
    }

    public float length() {
        return Math.max(x2 - x1, y2 - y1);
    }
}
