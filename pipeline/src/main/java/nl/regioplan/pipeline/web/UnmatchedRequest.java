package nl.regioplan.pipeline.web;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.vertx.HttpMessage;


/**
 * The last route: whatever no endpoint took. Answers in the API's JSON instead of Vert.x's HTML pages: 405 for
 * any method but GET/HEAD (the whole app is read-only), else 404.
 */
final class UnmatchedRequest implements Processor {
    @Override
    public void process(Exchange exchange) {
        HttpMessage message = exchange.getMessage(HttpMessage.class);
        var request = message.getRequest();
        String method = request.method().name();
        ApiResponse response = method.equals("GET") || method.equals("HEAD")
                ? ApiResponse.error(404, "niet gevonden: " + request.path())
                : ApiResponse.error(405, method + " kan niet: alleen GET is toegestaan").withHeader("Allow", "GET, HEAD");
        EndpointProcessor.write(response, request, message);
    }
}
