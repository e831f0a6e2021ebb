package nl.regioplan.pipeline.route;

import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.pipeline.source.FetchPolicy;
import nl.regioplan.pipeline.source.ManifestPaths;

import java.nio.file.Path;

/**
 * How one ingest run is set up; every part has a default, so {@code ingest FOLDER} needs no flags.
 *
 * @param threads       documents parsed at once (and parse worker processes)
 * @param watchedInbox  a folder to keep polling (--watch), or null
 * @param manifestFile  a manifest CSV whose entries {@link Ingestion#runManifest} fetches, or null
 * @param parseBudget   memory and time one document may cost to read
 * @param fetchPolicy   how manifest URLs are downloaded (deadline, addresses allowed)
 * @param manifestPaths which local files a manifest may name
 */
public record IngestSettings(int threads, Path watchedInbox, Path manifestFile, ParseBudget parseBudget,
                             FetchPolicy fetchPolicy, ManifestPaths manifestPaths) {
    /** Downloads waiting on slow servers do not hold parse slots: they get their own, larger pool. */
    static final int FETCH_THREADS = 4;

    public IngestSettings {
        threads = Math.max(1, threads);
    }

    public static IngestSettings defaults(int threads) {
        return new IngestSettings(threads, null, null, ParseBudget.defaults(), FetchPolicy.defaults(),
                ManifestPaths.INSIDE_MANIFEST_FOLDER);
    }

    public IngestSettings watching(Path inbox) {
        return new IngestSettings(threads, inbox, manifestFile, parseBudget, fetchPolicy, manifestPaths);
    }

    public IngestSettings withManifest(Path manifest) {
        return new IngestSettings(threads, watchedInbox, manifest, parseBudget, fetchPolicy, manifestPaths);
    }

    public IngestSettings withParseBudget(ParseBudget budget) {
        return new IngestSettings(threads, watchedInbox, manifestFile, budget, fetchPolicy, manifestPaths);
    }

    public IngestSettings withFetchPolicy(FetchPolicy policy) {
        return new IngestSettings(threads, watchedInbox, manifestFile, parseBudget, policy, manifestPaths);
    }

    public IngestSettings withManifestPaths(ManifestPaths paths) {
        return new IngestSettings(threads, watchedInbox, manifestFile, parseBudget, fetchPolicy, paths);
    }
}
