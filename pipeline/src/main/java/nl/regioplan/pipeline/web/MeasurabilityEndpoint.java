package nl.regioplan.pipeline.web;

/**
 * {@code GET /api/measurability}: per plan with targets, how many there are and how many have a deadline, a
 * quantity, a baseline and a responsible party (the figures regulators asked the regions for), by region.
 */
final class MeasurabilityEndpoint implements ApiEndpoint {
    private final DataSnapshot.Cache data;

    MeasurabilityEndpoint(DataSnapshot.Cache data) {
        this.data = data;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(data.get().measurabilityJson());
    }
}
