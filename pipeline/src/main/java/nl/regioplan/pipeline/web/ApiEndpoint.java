package nl.regioplan.pipeline.web;

/** One GET endpoint of the web API. Refuses bad input with {@link ApiException}; anything else thrown is a 500. */
@FunctionalInterface
public interface ApiEndpoint {
    ApiResponse handle(ApiRequest request) throws Exception;
}
