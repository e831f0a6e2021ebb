package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distance from one baseline to the next inside a paragraph, as this page sets it, per font size. Producers
 * set body text anywhere from single to double line spacing, so a paragraph break cannot be a fixed multiple of
 * the font size: it is a gap clearly wider than the page's own line pitch. The pitch is the smallest baseline
 * distance that recurs between consecutive body-text lines in one column (the largest common one would be the
 * paragraph spacing on a page of one-line paragraphs); other sizes get the same pitch in ems.
 */
final class LinePitch {
    private static final float MIN_EMS = 0.5f, MAX_EMS = 4f;
    /** A paragraph break widens the pitch by at least this share of the font size (or of the pitch). */
    private static final float BREAK_EMS = 0.3f, BREAK_SHARE = 0.12f;
    private static final float DEFAULT_PITCH_EMS = 1.2f;

    private final Map<Integer, Float> pitchPerHalfPoint;
    private final float defaultPitchEms;

    private LinePitch(Map<Integer, Float> pitchPerHalfPoint, float defaultPitchEms) {
        this.pitchPerHalfPoint = pitchPerHalfPoint;
        this.defaultPitchEms = defaultPitchEms;
    }

    static LinePitch of(List<TextLine> orderedLines) {
        Map<Integer, List<Float>> deltas = new HashMap<>();
        for (int i = 1; i < orderedLines.size(); i++) {
            TextLine a = orderedLines.get(i - 1), b = orderedLines.get(i);
            if (Math.round(a.fontSize() * 2) != Math.round(b.fontSize() * 2)) continue;
            if (b.left() > a.right() || b.right() < a.left()) continue;
            float delta = b.baseline() - a.baseline(), em = Math.max(a.fontSize(), 1f);
            if (delta >= MIN_EMS * em && delta <= MAX_EMS * em) deltas.computeIfAbsent(Math.round(a.fontSize() * 2), k -> new ArrayList<>()).add(delta);
        }
        // only body text has lines enough to measure; headings and notes take the body's pitch in ems, since a
        // few headings of one size one above the other would give their spacing as a pitch
        Map<Integer, Integer> chars = new HashMap<>();
        for (TextLine line : orderedLines) chars.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
        Map<Integer, Float> pitch = new HashMap<>();
        Integer body = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Float measured = body == null || !deltas.containsKey(body) ? null : smallestRecurring(deltas.get(body));
        if (measured == null) return new LinePitch(pitch, DEFAULT_PITCH_EMS);
        pitch.put(body, measured);
        return new LinePitch(pitch, measured / (body / 2f));
    }

    /** The smallest half-point bin holding at least two and a sixth of the distances, its mean. */
    private static Float smallestRecurring(List<Float> deltas) {
        TreeMap<Integer, List<Float>> bins = new TreeMap<>();
        for (float d : deltas) bins.computeIfAbsent(Math.round(d * 2), k -> new ArrayList<>()).add(d);
        int needed = Math.max(2, (deltas.size() + 5) / 6);
        for (Map.Entry<Integer, List<Float>> bin : bins.entrySet()) {
            List<Float> members = new ArrayList<>(bin.getValue());
            List<Float> next = bins.get(bin.getKey() + 1);
            if (next != null) members.addAll(next);
            if (members.size() >= needed) return (float) members.stream().mapToDouble(Float::doubleValue).max().orElseThrow();
        }
        return null;
    }

    float pitch(float fontSize) {
        Float p = pitchPerHalfPoint.get(Math.round(fontSize * 2));
        return p != null ? p : defaultPitchEms * fontSize;
    }

    /** The baseline distance beyond which the next line starts a new paragraph. */
    float paragraphGap(float fontSize) {
        float p = pitch(fontSize);
        return p + Math.max(BREAK_EMS * fontSize, BREAK_SHARE * p);
    }
}
