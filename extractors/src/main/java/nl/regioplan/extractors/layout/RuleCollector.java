package nl.regioplan.extractors.layout;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects the straight strokes a page draws while PDFBox reads its text, so that a ruled table can be read by
 * its grid instead of by guessing columns from gaps. The text stripper ignores path operators; this registers
 * small processors for them on the same engine, so the content stream is still parsed once. Painted paths only:
 * a clipping path ends without paint and leaves nothing. Stroked segments and the edges of filled rectangles count
 * (many producers draw a rule as a thin filled rectangle, and shade cells with filled ones); curves do not.
 */
final class RuleCollector {
    /** A hostile or map-like page may draw millions of segments; past this a page has no table worth its grid. */
    private static final int MAX_RULES = 20_000;
    private static final float AXIS_TOLERANCE = 0.5f, THIN = 2.5f, MIN_LENGTH = 3f;
    /** A filled rectangle this large is a page background or a picture frame, not a cell. */
    private static final float MAX_CELL_SHARE = 0.5f;

    private final PDFStreamEngine engine;
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private float startX, startY, currentX, currentY;
    private float offsetX, offsetY, height, pageArea;
    private boolean active;

    RuleCollector(PDFStreamEngine engine) {
        this.engine = engine;
        engine.addOperator(new PathOperator(engine, "m", this::moveTo));
        engine.addOperator(new PathOperator(engine, "l", this::lineTo));
        for (String curve : List.of("c", "v", "y")) engine.addOperator(new PathOperator(engine, curve, this::curveTo));
        engine.addOperator(new PathOperator(engine, "h", o -> closePath()));
        engine.addOperator(new PathOperator(engine, "re", this::rectangle));
        engine.addOperator(new PathOperator(engine, "S", o -> paint(false, true)));
        engine.addOperator(new PathOperator(engine, "s", o -> {
            closePath();
            paint(false, true);
        }));
        for (String fill : List.of("f", "F", "f*")) engine.addOperator(new PathOperator(engine, fill, o -> paint(true, false)));
        for (String both : List.of("B", "B*")) engine.addOperator(new PathOperator(engine, both, o -> paint(true, true)));
        for (String both : List.of("b", "b*")) engine.addOperator(new PathOperator(engine, both, o -> {
            closePath();
            paint(true, true);
        }));
        engine.addOperator(new PathOperator(engine, "n", o -> clearPath()));
    }

    /** Starts a page: rules are kept only on unrotated pages, where text positions share the path's axes. */
    void startPage(PDPage page) {
        rules.clear();
        clearPath();
        PDRectangle crop = page.getCropBox();
        active = page.getRotation() % 360 == 0;
        offsetX = crop.getLowerLeftX();
        offsetY = crop.getLowerLeftY();
        height = crop.getHeight();
        pageArea = crop.getWidth() * crop.getHeight();
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    private void moveTo(float[] o) {
        if (o.length < 2) return;
        Point2D.Float p = device(o[0], o[1]);
        startX = currentX = p.x;
        startY = currentY = p.y;
    }

    private void lineTo(float[] o) {
        if (o.length < 2) return;
        Point2D.Float p = device(o[0], o[1]);
        segments.add(new float[] {currentX, currentY, p.x, p.y});
        currentX = p.x;
        currentY = p.y;
    }

    private void curveTo(float[] o) {
        if (o.length < 2) return;
        Point2D.Float p = device(o[o.length - 2], o[o.length - 1]);
        currentX = p.x;
        currentY = p.y;
    }

    private void closePath() {
        if (currentX != startX || currentY != startY) segments.add(new float[] {currentX, currentY, startX, startY});
        currentX = startX;
        currentY = startY;
    }

    private void rectangle(float[] o) {
        if (o.length < 4) return;
        Point2D.Float a = device(o[0], o[1]), b = device(o[0] + o[2], o[1]), c = device(o[0] + o[2], o[1] + o[3]), d = device(o[0], o[1] + o[3]);
        segments.add(new float[] {a.x, a.y, b.x, b.y});
        segments.add(new float[] {b.x, b.y, c.x, c.y});
        segments.add(new float[] {c.x, c.y, d.x, d.y});
        segments.add(new float[] {d.x, d.y, a.x, a.y});
        rectangles.add(new float[] {Math.min(a.x, c.x), Math.min(a.y, c.y), Math.max(a.x, c.x), Math.max(a.y, c.y)});
        startX = currentX = a.x;
        startY = currentY = a.y;
    }

    private void paint(boolean fill, boolean stroke) {
        if (active) {
            if (stroke) segments.forEach(s -> add(s[0], s[1], s[2], s[3]));
            if (fill) rectangles.forEach(this::filled);
        }
        clearPath();
    }

    /** A thin filled rectangle is a rule; a larger one (a shaded cell) gives its four edges. */
    private void filled(float[] r) {
        float w = r[2] - r[0], h = r[3] - r[1];
        if (h <= THIN && w > h) {
            add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
        } else if (w <= THIN) {
            add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
        } else if (w * h < MAX_CELL_SHARE * pageArea) {
            add(r[0], r[1], r[2], r[1]);
            add(r[0], r[3], r[2], r[3]);
            add(r[0], r[1], r[0], r[3]);
            add(r[2], r[1], r[2], r[3]);
        }
    }

    private void add(float x1, float y1, float x2, float y2) {
        if (rules.size() >= MAX_RULES) return;
        boolean horizontal = Math.abs(y1 - y2) <= AXIS_TOLERANCE, vertical = Math.abs(x1 - x2) <= AXIS_TOLERANCE;
        if (horizontal == vertical) return;
        if (Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) < MIN_LENGTH) return;
        rules.add(horizontal ? new Rule(Math.min(x1, x2), y1, Math.max(x1, x2), y1) : new Rule(x1, Math.min(y1, y2), x1, Math.max(y1, y2)));
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
    }

    /** User space through the current transformation, then into the words' frame: crop box origin, y down. */
    private Point2D.Float device(float x, float y) {
        Point2D.Float p = engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
        return new Point2D.Float(p.x - offsetX, height - (p.y - offsetY));
    }

    private static final class PathOperator extends OperatorProcessor {
        private final String name;
        private final java.util.function.Consumer<float[]> action;

        PathOperator(PDFStreamEngine engine, String name, java.util.function.Consumer<float[]> action) {
            super(engine);
            this.name = name;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            float[] values = new float[operands.size()];
            int n = 0;
            for (COSBase operand : operands) {
                if (!(operand instanceof COSNumber number)) return;
                values[n++] = number.floatValue();
            }
            action.accept(values);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
