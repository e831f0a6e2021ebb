package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PdfSignatureTest {
    @Test
    void foundAtTheStart() {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PdfSignature.foundIn(head, head.length)).isTrue();
    }

    @Test
    void foundAfterJunkWithinTheFirstKilobyte() {
        byte[] head = withSignatureAt(1000);

        assertThat(PdfSignature.foundIn(head, head.length)).isTrue();
    }

    @Test
    void notLookedForBeyondTheFirstKilobyte() {
        byte[] head = withSignatureAt(1020);

        assertThat(PdfSignature.foundIn(head, head.length)).isFalse();
    }

    @Test
    void notFoundInHtmlNorInTooFewBytes() {
        byte[] html = "<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII);
        byte[] cut = "%PDF".getBytes(StandardCharsets.US_ASCII);

        assertThat(PdfSignature.foundIn(html, html.length)).isFalse();
        assertThat(PdfSignature.foundIn(cut, cut.length)).isFalse();
        assertThat(PdfSignature.foundIn(new byte[0], 0)).isFalse();
    }

    private static byte[] withSignatureAt(int offset) {
        byte[] head = new byte[2048];
        Arrays.fill(head, (byte) ' ');
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, head, offset, 8);
        return head;
    }
}
