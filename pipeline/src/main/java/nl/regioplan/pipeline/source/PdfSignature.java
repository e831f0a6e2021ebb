package nl.regioplan.pipeline.source;

import java.nio.charset.StandardCharsets;

/**
 * The "%PDF-" header that starts every PDF. Readers accept it anywhere in the first 1024 bytes (some generators
 * put junk before it), so the check does too.
 */
final class PdfSignature {
    static final int SEARCHED_BYTES = 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfSignature() {
    }

    static boolean foundIn(byte[] head, int length) {
        int end = Math.min(length, SEARCHED_BYTES) - MAGIC.length;
        for (int i = 0; i <= end; i++) {
            if (startsAt(head, i)) return true;
        }
        return false;
    }

    private static boolean startsAt(byte[] head, int offset) {
        for (int j = 0; j < MAGIC.length; j++) {
            if (head[offset + j] != MAGIC[j]) return false;
        }
        return true;
    }
}
