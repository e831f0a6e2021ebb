package nl.regioplan.pipeline.web;

import java.util.function.Function;

/**
 * An endpoint that takes no parameters and answers with JSON the snapshot has already written:
 * {@code GET /api/status} (the same figures as {@code regioplan status --json}, without file paths),
 * {@code GET /api/documents} (the catalog, one entry per ingested document, sources without file paths) and
 * {@code GET /api/measurability} (per plan with targets, how many there are and how many have a deadline, a
 * quantity, a baseline and a responsible party: the figures regulators asked the regions for, by region).
 *
 * @param answer which of the snapshot's written answers, e.g. {@code DataSnapshot::statusJson}
 */
record SnapshotJsonEndpoint(DataSnapshot.Cache data, Function<DataSnapshot, byte[]> answer) implements ApiEndpoint {
    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(answer.apply(data.get()));
    }
}
