package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The empty bands of a page region cut into one-point bins: the runs of uncovered bins with covered bins on both
 * sides. Gutters between columns and gaps between table columns are found this way; white at the region's edges
 * separates nothing.
 */
final class EmptyBands {
    private EmptyBands() {
    }

    /** Each inner run of uncovered bins as {start, end}, end exclusive, left to right. */
    static List<int[]> inner(boolean[] covered) {
        List<int[]> bands = new ArrayList<>();
        int x = 0;
        while (x < covered.length && !covered[x]) x++;
        while (x < covered.length) {
            if (covered[x]) {
                x++;
                continue;
            }
            int start = x;
            while (x < covered.length && !covered[x]) x++;
            if (x < covered.length) bands.add(new int[] {start, x});
        }
        return bands;
    }
}
