package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Things that stand at about the same coordinate (horizontal rules at one height, page numbers flush at one right
 * edge). In the order of the coordinate, a run starts at the first thing not yet in one and takes every next thing
 * within the tolerance of that first one, not of its neighbour: a slow drift down a page does not chain into one run.
 */
final class AlignedRuns {
    private AlignedRuns() {
    }

    /** Where a thing stands, in points. */
    @FunctionalInterface
    interface Coordinate<T> {
        float of(T thing);
    }

    /** The runs in the order of the coordinate, each a new list in that order (the caller may sort it otherwise). */
    static <T> List<List<T>> of(List<T> things, Coordinate<T> at, float tolerance) {
        List<T> sorted = new ArrayList<>(things);
        sorted.sort(Comparator.comparingDouble(at::of));
        List<List<T>> runs = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && at.of(sorted.get(j + 1)) - at.of(sorted.get(i)) <= tolerance) j++;
            runs.add(new ArrayList<>(sorted.subList(i, j + 1)));
            i = j + 1;
        }
        return runs;
    }
}
