package nl.regioplan.index.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens the word lists this package ships as classpath resources. */
final class AnalysisResources {
    private AnalysisResources() {
    }

    static Reader open(String name) {
        InputStream in = AnalysisResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing analysis resource " + name
                    + " next to " + AnalysisResources.class.getName()));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
