package nl.regioplan.pipeline.web;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
        write(response, http, message);
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

    /**
     * Writes the answer. Bytes end the Vert.x response here, with the headers as set (Camel's header filter would
     * drop Cache-Control and Content-Length). A file goes back to Camel as a stream of just its range, which
     * platform-http pumps to the socket in chunks as the reader takes them: never whole on the heap, and no worker
     * thread waits for a slow reader.
     */
    static void write(ApiResponse response, HttpServerRequest request, HttpMessage message) {
        HttpServerResponse http = message.getResponse();
        if (http.ended() || http.closed()) return;
        http.setStatusCode(response.status());
        http.putHeader("X-Content-Type-Options", "nosniff");
        response.headers().forEach(http::putHeader);
        boolean head = request.method() == HttpMethod.HEAD;
        if (response.body() instanceof ApiResponse.FileRange range && !head && range.length() > 0) {
            // Sent chunked: Camel sets chunked for a stream, and Content-Length beside it would be invalid HTTP.
            message.removeHeaders("*");
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
            message.setHeader(Exchange.CONTENT_TYPE, response.contentType());
            message.setBody(open(range));
            return;
        }
        http.putHeader("Content-Type", response.contentType());
        http.putHeader("Content-Length", Long.toString(response.body().length()));
        if (head || !(response.body() instanceof ApiResponse.Bytes bytes)) http.end();
        else http.end(Buffer.buffer(bytes.bytes()));
    }

    private static InputStream open(ApiResponse.FileRange range) {
        try {
            FileChannel file = FileChannel.open(range.file());
            file.position(range.offset());
            InputStream all = Channels.newInputStream(file);
            return new InputStream() {
                private long left = range.length();

                @Override
                public int read() throws IOException {
                    if (left <= 0) return -1;
                    int b = all.read();
                    if (b >= 0) left--;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    if (left <= 0) return -1;
                    int n = all.read(buffer, off, (int) Math.min(len, left));
                    if (n > 0) left -= n;
                    return n;
                }

                @Override
                public void close() throws IOException {
                    all.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
