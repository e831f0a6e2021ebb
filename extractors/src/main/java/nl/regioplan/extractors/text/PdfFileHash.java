package nl.regioplan.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 a document is keyed by, of a file read straight from where it lies (extract, eval, and an ingest
 * checking whether a catalogued document changed).
 */
public final class PdfFileHash {
    private PdfFileHash() {
    }

    /** Hex SHA-256 of the file's bytes. */
    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String sha256(Path pdf) throws ExtractionException {
        try {
            return of(pdf);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, "cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }
}
