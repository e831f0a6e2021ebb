package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --data option every command shares: default ./data, or $REGIOPLAN_DATA. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (default: $REGIOPLAN_DATA, else ./data).")
    Path data;

    DataStore store() {
        return DataStore.at(data);
    }
}
