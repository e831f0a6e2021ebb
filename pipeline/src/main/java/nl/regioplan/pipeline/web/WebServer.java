package nl.regioplan.pipeline.web;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The web page and its API as Camel platform-http routes on an embedded Vert.x server. Binds to loopback unless
 * told otherwise: the data may not be meant for the whole network. Answers only to this machine's own names (see
 * {@link AllowedHosts}), closes connections that stay silent for {@link #IDLE_TIMEOUT_SECONDS}, and stops within
 * a few seconds even with downloads in flight.
 */
public final class WebServer implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    /** Long enough for a reader between clicks on a kept-alive connection, short enough that idle sockets go. */
    static final int IDLE_TIMEOUT_SECONDS = 30;
    /** Camel waits 45 s for in-flight exchanges by default; a read-only server has nothing to finish. */
    private static final int SHUTDOWN_SECONDS = 2;

    private final CamelContext camel;
    private final URI uri;

    private WebServer(CamelContext camel, URI uri) {
        this.camel = camel;
        this.uri = uri;
    }

    /** @param port 0 picks a free port */
    public static WebServer start(String host, int port, RouteBuilder routes) throws Exception {
        return start(host, port, routes, List.of());
    }

    /**
     * @param port       0 picks a free port
     * @param extraHosts names besides this machine's that the Host header may give (a name the server is reached by)
     */
    public static WebServer start(String host, int port, RouteBuilder routes, Collection<String> extraHosts) throws Exception {
        return start(host, port, routes, extraHosts, IDLE_TIMEOUT_SECONDS);
    }

    static WebServer start(String host, int port, RouteBuilder routes, Collection<String> extraHosts, int idleSeconds)
            throws Exception {
        ensureFree(host, port);
        VertxPlatformHttpServerConfiguration config = new VertxPlatformHttpServerConfiguration();
        config.setBindHost(host);
        config.setBindPort(port);
        VertxPlatformHttpServer http = new TimedOutServer(config, idleSeconds);
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("regioplan-web");
        camel.getShutdownStrategy().setTimeout(SHUTDOWN_SECONDS);
        camel.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
        camel.getShutdownStrategy().setShutdownNowOnTimeout(true);
        camel.getShutdownStrategy().setSuppressLoggingOnTimeout(true);
        camel.addService(http, true, true);
        camel.addRoutes(routes);
        try {
            camel.start();
            // Camel logs a failed listen on Vert.x's event loop and carries on; an unbound server has no port.
            if (http.getServer() == null || http.getServer().actualPort() <= 0) {
                throw new BindException("the web server did not start listening");
            }
            checkHosts(VertxPlatformHttpRouter.lookup(camel, VertxPlatformHttpRouter.getRouterNameFromPort(port)),
                    AllowedHosts.forBinding(host, extraHosts));
        } catch (Exception | Error e) {
            camel.close();
            throw e;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return new WebServer(camel, URI.create("http://" + shownHost + ":" + http.getServer().actualPort() + "/"));
    }

    /** Before every route: a request naming a host that is not this machine gets a 403 and reaches no endpoint. */
    private static void checkHosts(Router router, AllowedHosts allowed) {
        router.route().order(-1000).handler(context -> {
            String host = context.request().getHeader("Host");
            if (allowed.allows(host)) {
                context.next();
                return;
            }
            String shown = host.replaceAll("\\p{Cntrl}", "?");
            byte[] body = ApiResponse.jsonBytes(java.util.Map.of("error", "onbekende host '" + shown
                    + "': deze server antwoordt alleen op " + String.join(", ", allowed.names())
                    + " (start regioplan serve met --allow-host NAAM om een andere naam toe te staan)"));
            context.response().setStatusCode(403)
                    .putHeader("Content-Type", ApiResponse.JSON)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .end(Buffer.buffer(body));
        });
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

    /**
     * Stops within a few seconds: Vert.x's own close waits for every pumped download to drain, which a reader that
     * stopped reading never lets happen, so the wait is bounded and the rest is left to the process's exit.
     */
    @Override
    public void close() {
        Thread stopper = new Thread(camel::stop, "regioplan-web-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_SECONDS + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * platform-http creates its Vert.x HTTP server with default options, which never close an idle connection: 400
     * slow clients could hold 400 sockets for ever. Its Vert.x is wrapped so the server it creates gets an idle
     * timeout; everything else passes through unchanged.
     */
    private static final class TimedOutServer extends VertxPlatformHttpServer {
        private final int idleSeconds;

        TimedOutServer(VertxPlatformHttpServerConfiguration configuration, int idleSeconds) {
            super(configuration);
            this.idleSeconds = idleSeconds;
        }

        @Override
        protected Vertx createVertxInstance() {
            Vertx vertx = super.createVertxInstance();
            InvocationHandler withIdleTimeout = (proxy, method, args) -> {
                if (method.getName().equals("createHttpServer") && args != null && args.length == 1
                        && args[0] instanceof HttpServerOptions options) {
                    options.setIdleTimeout(idleSeconds).setIdleTimeoutUnit(TimeUnit.SECONDS);
                }
                try {
                    return method.invoke(vertx, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Vertx) Proxy.newProxyInstance(Vertx.class.getClassLoader(), interfacesOf(vertx.getClass()), withIdleTimeout);
        }

        private static Class<?>[] interfacesOf(Class<?> type) {
            Set<Class<?>> all = new LinkedHashSet<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) all.addAll(List.of(c.getInterfaces()));
            return new ArrayList<>(all).toArray(Class<?>[]::new);
        }
    }
}
