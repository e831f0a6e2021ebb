package nl.regioplan.pipeline.web;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorHelper;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one {@link ApiEndpoint} as the last step of a platform-http route: builds the request from the Vert.x
 * request itself, turns refusals into JSON errors and anything unexpected into a logged 500 that shows no stack
 * trace. Writes the answer to the Vert.x response itself: Camel's header filter would drop Cache-Control and
 * Content-Length, and its body handling cannot send a stretch of a file from disk.
 */
final class EndpointProcessor implements AsyncProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointProcessor.class);

    private final ApiEndpoint endpoint;
    private final PathTemplate path;

    EndpointProcessor(ApiEndpoint endpoint, PathTemplate path) {
        this.endpoint = endpoint;
        this.path = path;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        AsyncProcessorHelper.process(this, exchange);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Exchange> processAsync(Exchange exchange) {
        java.util.concurrent.CompletableFuture<Exchange> done = new java.util.concurrent.CompletableFuture<>();
        process(exchange, doneSync -> done.complete(exchange));
        return done;
    }

    /** Done when the answer is written: a file that Vert.x is still sending keeps the exchange open till the end. */
    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        HttpMessage message = exchange.getMessage(HttpMessage.class);
        HttpServerRequest http = message.getRequest();
        ApiResponse response;
        try {
            response = endpoint.handle(request(http));
        } catch (ApiException e) {
            response = ApiResponse.error(e.status(), e.getMessage());
        } catch (Exception | LinkageError e) {
            LOG.error("GET {} failed", http.uri(), e);
            response = ApiResponse.error(500, "interne fout; zie het serverlog");
        }
        return write(response, http, message.getResponse(), callback);
    }

    private ApiRequest request(HttpServerRequest http) {
        Map<String, String> params = path.match(http.path())
                .orElseThrow(() -> ApiException.badRequest("onleesbaar pad: " + http.path()));
        return new ApiRequest(params, query(http.query()), headers(http.headers()));
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

    private static Map<String, String> headers(MultiMap raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        raw.forEach(e -> headers.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
        return headers;
    }

    static void write(ApiResponse response, HttpServerRequest request, HttpServerResponse http) {
        write(response, request, http, doneSync -> { });
    }

    /**
     * Ends the Vert.x response, then calls back; Camel then sees it ended and writes nothing of its own.
     *
     * @return true when the response was ended before returning (the callback has run)
     */
    static boolean write(ApiResponse response, HttpServerRequest request, HttpServerResponse http, AsyncCallback callback) {
        if (http.ended() || http.closed()) {
            callback.done(true);
            return true;
        }
        http.setStatusCode(response.status());
        http.putHeader("Content-Type", response.contentType());
        http.putHeader("X-Content-Type-Options", "nosniff");
        response.headers().forEach(http::putHeader);
        http.putHeader("Content-Length", Long.toString(response.body().length()));
        boolean head = request.method() == HttpMethod.HEAD;
        switch (response.body()) {
            case ApiResponse.Bytes bytes -> {
                if (head) http.end();
                else http.end(Buffer.buffer(bytes.bytes()));
            }
            case ApiResponse.FileRange range -> {
                if (head || range.length() == 0) {
                    http.end();
                } else {
                    // Netty sends the file from the page cache to the socket: no copy of it on the heap.
                    http.sendFile(range.file().toString(), range.offset(), range.length()).onComplete(sent -> {
                        if (sent.failed()) LOG.debug("sending {} stopped: {}", range.file().getFileName(), sent.cause().toString());
                        callback.done(false);
                    });
                    return false;
                }
            }
        }
        callback.done(true);
        return true;
    }
}
