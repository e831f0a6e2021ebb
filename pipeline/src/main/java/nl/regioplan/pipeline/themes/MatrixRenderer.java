package nl.regioplan.pipeline.themes;

import java.io.IOException;
import java.io.OutputStream;

/** Draws a theme matrix in one format. The stream is the caller's to close. */
public interface MatrixRenderer {
    void render(ThemeMatrix matrix, OutputStream out) throws IOException;

    /** Binary output (an image) goes to a file, never to a terminal. */
    default boolean binary() {
        return false;
    }
}
