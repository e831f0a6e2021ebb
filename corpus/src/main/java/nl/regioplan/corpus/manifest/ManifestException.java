package nl.regioplan.corpus.manifest;

import java.io.IOException;

/** A manifest that cannot be used as written; the message names the source and line. */
public class ManifestException extends IOException {
    private final int line;

    public ManifestException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on (where the record starts). */
    public int line() {
        return line;
    }
}
