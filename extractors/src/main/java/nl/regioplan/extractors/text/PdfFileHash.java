package nl.regioplan.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 a document is keyed by, for a file read straight from where it lies (extract, eval). */
final class PdfFileHash {
    private PdfFileHash() {
    }

    static String sha256(Path pdf) throws ExtractionException {
        try (InputStream in = Files.newInputStream(pdf)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, "cannot read " + pdf + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
