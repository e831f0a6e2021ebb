package nl.regioplan.pipeline.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one line a user reads. */
final class UserErrors {
    private UserErrors() {
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t.getClass() == RuntimeException.class) && t.getCause() != null)
            t = t.getCause();
        if (t instanceof NoSuchFileException n)
            return n.getFile() + ": " + (n.getReason() != null ? n.getReason() : "no such file");
        if (t instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
