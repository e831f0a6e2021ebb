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
 * distance that recurs between consecutive lines of one size in one column; the largest common one would be
 * the paragraph spacing on a page of one-line paragraphs.
 */
final class LinePitch {
    private static final float MIN_EMS = 0.5f, MAX_EMS = 4f;
    /** A paragraph break widens the pitch by at least this share of the font size (or of the pitch). */
    private static final float BREAK_EMS = 0.3f, BREAK_SHARE = 0.12f;

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
        Map<Integer, Float> pitch = new HashMap<>();
        float emsSum = 0;
        int emsCount = 0;
        for (Map.Entry<Integer, List<Float>> e : deltas.entrySet()) {
            Float p = smallestRecurring(e.getValue());
            if (p == null) continue;
            pitch.put(e.getKey(), p);
            emsSum += p / (e.getKey() / 2f) * e.getValue().size();
            emsCount += e.getValue().size();
        }
        return new LinePitch(pitch, emsCount == 0 ? 1.2f : emsSum / emsCount);
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
