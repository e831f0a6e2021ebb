package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The --data option every command shares: default ./data, or $REGIOPLAN_DATA. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $REGIOPLAN_DATA, else ./data).")
    Path data;

    /** The data folder to write to: created when missing, but never a file. */
    DataStore store() {
        DataStore store = DataStore.at(data);
        if (Files.exists(store.root()) && !Files.isDirectory(store.root()))
            throw new IllegalArgumentException("--data " + store.root() + " is a file, not a data folder");
        return store;
    }

    /** The data folder to read: it must exist, so a typo is an error rather than a report of zero documents. */
    DataStore existing() {
        DataStore store = store();
        if (!Files.isDirectory(store.root()))
            throw new IllegalArgumentException("no data folder at " + store.root()
                    + ": run `regioplan ingest PATH` (or `regioplan demo`) first, or name another with --data DIR");
        return store;
    }
}
