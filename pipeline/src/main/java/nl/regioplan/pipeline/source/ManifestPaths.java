package nl.regioplan.pipeline.source;

/**
 * Which local files a manifest may name. A manifest is often someone else's file: by default it reaches only
 * what lies in its own folder, so an entry {@code ../../../etc/passwd} cannot copy system files into the data
 * folder's quarantine.
 */
public enum ManifestPaths {
    /** Paths resolve against the manifest's folder and must stay inside it (symbolic links followed). */
    INSIDE_MANIFEST_FOLDER,
    /** Any path the user running the ingest can read (--allow-outside-paths). */
    ANYWHERE
}
