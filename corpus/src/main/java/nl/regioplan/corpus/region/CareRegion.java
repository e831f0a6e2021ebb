package nl.regioplan.corpus.region;

import java.util.List;

/**
 * An IZA care region (zorgkantoorregio) and the municipalities it holds.
 *
 * @param certainty how sure the membership is: {@code seed}, {@code likely} or {@code best-effort} (see the
 *                  resource README)
 */
public record CareRegion(String name, List<Municipality> municipalities, String certainty) {
    public CareRegion {
        municipalities = List.copyOf(municipalities);
    }
}
