package nl.regioplan.pipeline.web;

import io.vertx.core.http.HttpServerRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one {@link ApiEndpoint} as the last step of a platform-http route: builds the request from the Vert.x
 * request itself, turns refusals into JSON errors and anything unexpected into a logged 500 that shows no stack
 * trace.
 */
final class EndpointProcessor implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointProcessor.class);

    private final ApiEndpoint endpoint;
    private final PathTemplate path;

    EndpointProcessor(ApiEndpoint endpoint, PathTemplate path) {
        this.endpoint = endpoint;
        this.path = path;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        HttpServerRequest http = exchange.getMessage(HttpMessage.class).getRequest();
        ApiResponse response;
        try {
            response = endpoint.handle(request(http));
        } catch (ApiException e) {
            response = ApiResponse.error(e.status(), e.getMessage());
        } catch (Exception | LinkageError e) {
            LOG.error("GET {} failed", http.uri(), e);
            response = ApiResponse.error(500, "interne fout; zie het serverlog");
        }
        write(response, message);
    }

    private ApiRequest request(HttpServerRequest http) {
        Map<String, String> params = path.match(http.path())
                .orElseThrow(() -> ApiException.badRequest("onleesbaar pad: " + http.path()));
        return new ApiRequest(params, query(http.query()));
    }

    /** Decodes the raw query string; the first value of a repeated parameter wins. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return params;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("onleesbare parameter in de URL: " + pair);
            }
        }
        return params;
    }

    static void write(ApiResponse response, Message message) {
        // Whatever came in as headers would otherwise be echoed back as response headers.
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        message.setHeader(Exchange.CONTENT_TYPE, response.contentType());
        message.setHeader("X-Content-Type-Options", "nosniff");
        response.headers().forEach(message::setHeader);
        message.setBody(response.body());
    }
}
