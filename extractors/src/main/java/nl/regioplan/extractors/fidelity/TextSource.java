package nl.regioplan.extractors.fidelity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An extractor under measurement: the project's text stage or a baseline tool. */
public interface TextSource {
    /** The column title in the table. */
    String name();

    /** Whether the tool is there to run (pdftotext may not be installed). */
    default boolean available() {
        return true;
    }

    /** The whole document's output, every unit with its page. */
    List<TextUnit> units(Path pdf) throws IOException;
}
