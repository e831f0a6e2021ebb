package nl.regioplan.pipeline.cli;

import nl.regioplan.index.SearchIndex;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.web.WebRoutes;
import nl.regioplan.pipeline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the search page and its JSON API until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SearchedIndex searched;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: 8080; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = WebServer.LOOPBACK,
            description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 opens it to the network).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Another name the page may be opened by (besides this machine's own names and addresses); repeatable.")
    List<String> allowHosts = List.of();

    static void quietLogs() {
        // Camel and Vert.x announce every route at INFO; the URL serve prints is all a user needs.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.camel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.vertx", "warn");
        // Netty's use of sun.misc.Unsafe makes JDK 24+ print a warning block; its plain-Java path serves a page fine.
        System.setProperty("io.netty.noUnsafe", "true");
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0 to 65535, not " + port);
        quietLogs();
        DataStore store = searched.data.store();
        if (!Files.isDirectory(store.root())) {
            System.err.println("regioplan: " + store.root() + " holds no data yet; the page will be empty until you ingest plans.");
        }
        SearchIndex index = searched.open();
        WebServer server;
        try {
            server = WebServer.start(host, port, new WebRoutes(store, index), allowHosts);
        } catch (BindException | UnknownHostException e) {
            index.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); check --host and --port (--port 0 picks a free port)");
        } catch (Exception e) {
            index.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                index.close();
            } catch (IOException e) {
                System.err.println("regioplan: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }, "regioplan-serve-shutdown"));
        System.out.println("Regioplan: " + server.uri() + "  (data: " + store.root() + "; Ctrl-C stops)");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
