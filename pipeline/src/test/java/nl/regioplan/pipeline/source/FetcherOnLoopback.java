package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The set-up of fetcher tests: for every test a real HTTP server on 127.0.0.1, a fetcher with the test class's
 * policy, and a folder to fetch into.
 */
abstract class FetcherOnLoopback {
    private final FetchPolicy policy;

    @TempDir
    Path folder;

    LoopbackServer server;
    HttpDocumentFetcher fetcher;

    FetcherOnLoopback(FetchPolicy policy) {
        this.policy = policy;
    }

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        fetcher = new HttpDocumentFetcher(policy);
    }

    @AfterEach
    void stop() {
        server.close();
        fetcher.close();
    }
}
