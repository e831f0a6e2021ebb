package nl.regioplan.pipeline.web;

import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** The web server on a free loopback port over a {@link SampleDataFolder}, as {@code regioplan serve} runs it. */
record SampleServer(DataStore store, PlanIndex index, WebServer server) implements AutoCloseable {
    static SampleServer start(Path folder) throws Exception {
        DataStore store = SampleDataFolder.write(folder.resolve("data"));
        PlanIndex index = PlanIndex.open(store.indexDir());
        try {
            return new SampleServer(store, index, WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index)));
        } catch (Exception e) {
            index.close();
            throw e;
        }
    }

    URI uri() {
        return server.uri();
    }

    @Override
    public void close() throws IOException {
        server.close();
        index.close();
    }
}
