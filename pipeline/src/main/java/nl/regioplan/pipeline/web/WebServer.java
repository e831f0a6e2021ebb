package nl.regioplan.pipeline.web;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * The web page and its API as Camel platform-http routes on an embedded Vert.x server. Binds to loopback unless
 * told otherwise: the data may not be meant for the whole network.
 */
public final class WebServer implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";

    private final CamelContext camel;
    private final URI uri;

    private WebServer(CamelContext camel, URI uri) {
        this.camel = camel;
        this.uri = uri;
    }

    /**
     * @param port 0 picks a free port
     */
    public static WebServer start(String host, int port, RouteBuilder routes) throws Exception {
        ensureFree(host, port);
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost(host);
        config.setBindPort(port);
        VertxPlatformHttpServer http = new VertxPlatformHttpServer(config);
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("regioplan-web");
        camel.addService(http, true, true);
        camel.addRoutes(routes);
        try {
            camel.start();
            // Camel logs a failed listen on Vert.x's event loop and carries on; an unbound server has no port.
            if (http.getServer() == null || http.getServer().actualPort() <= 0) {
                throw new BindException("the web server did not start listening");
            }
        } catch (Exception | Error e) {
            camel.close();
            throw e;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return new WebServer(camel, URI.create("http://" + shownHost + ":" + http.getServer().actualPort() + "/"));
    }

    /**
     * Binds and releases the address first: a taken port or a host that is not this machine then fails here, as one
     * exception, rather than as a stack trace that Vert.x logs from its event loop.
     */
    private static void ensureFree(String host, int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        }
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        camel.stop();
    }
}
