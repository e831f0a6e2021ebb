package nl.regioplan.pipeline.cli;

import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.pipeline.source.FetchPolicy;
import picocli.CommandLine.Option;

import java.time.Duration;

/** What one document may cost to fetch and to read, for every command that ingests (ingest, worker). */
final class BudgetOptions {
    @Option(names = "--parse-memory", paramLabel = "MB", description = "Memory one PDF may take to read; a PDF that"
            + " needs more (a decompression bomb, a giant image) is quarantined (default: "
            + ParseBudget.DEFAULT_MEMORY_MB + ").")
    int parseMemoryMb = ParseBudget.DEFAULT_MEMORY_MB;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS", description = "Time one PDF may take to read, OCR"
            + " included; a slower one is quarantined (default: 300).")
    long parseTimeoutSeconds = ParseBudget.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", description = "Time one download (of a manifest entry"
            + " or a job's URL) may take in all, retries and redirects included (default: 180).")
    long fetchTimeoutSeconds = FetchPolicy.DEFAULT_DEADLINE.toSeconds();

    @Option(names = "--allow-private-addresses", description = "Let downloads reach loopback, private and link-local"
            + " addresses (this machine, the local network); by default only public addresses are fetched.")
    boolean allowPrivateAddresses;

    ParseBudget parseBudget() {
        checkTimeouts();
        return new ParseBudget(parseMemoryMb, Duration.ofSeconds(parseTimeoutSeconds));
    }

    FetchPolicy fetchPolicy() {
        checkTimeouts();
        FetchPolicy fetch = FetchPolicy.defaults().withDeadline(Duration.ofSeconds(fetchTimeoutSeconds));
        return allowPrivateAddresses ? fetch.allowingPrivateAddresses() : fetch;
    }

    private void checkTimeouts() {
        if (fetchTimeoutSeconds <= 0 || parseTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("--fetch-timeout and --parse-timeout take a number of seconds above 0");
        }
    }
}
