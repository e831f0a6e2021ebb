package nl.regioplan.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Classifies a file before PDFBox opens it, so that a user learns why a file was refused instead of reading a
 * parser's stack trace: empty, not a PDF at all (an HTML error page saved as .pdf), or cut off (no end marker).
 */
final class PdfInputCheck {
    /** PDFBox accepts the header anywhere in the first KiB, so do we. */
    private static final int HEADER_WINDOW = 1024;
    /** Writers may put a little padding after the final %%EOF; a truncated download has none at all. */
    private static final int TRAILER_WINDOW = 4096;

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    void check(Path pdf) throws ExtractionException {
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, "cannot read " + pdf + ": " + e.getMessage(), e);
        }
        if (size == 0) throw new ExtractionException(ExtractionFailure.EMPTY, pdf.getFileName().toString(), null);
        try {
            if (!isPdf(pdf)) {
                throw new ExtractionException(ExtractionFailure.NOT_PDF, pdf.getFileName() + " is " + detect(pdf), null);
            }
            if (!tail(pdf, size).contains("%%EOF")) {
                throw new ExtractionException(ExtractionFailure.CORRUPT, pdf.getFileName() + " ends without %%EOF: truncated", null);
            }
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, "cannot read " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** Tika's magic-byte detection, without the file name, which would make any ".pdf" look like a PDF. */
    private MediaType detect(Path pdf) throws IOException {
        try (InputStream in = TikaInputStream.get(pdf)) {
            return mimeTypes.detect(in, new Metadata());
        }
    }

    private boolean isPdf(Path pdf) throws IOException {
        if (detect(pdf).equals(MediaType.application("pdf"))) return true;
        byte[] head = new byte[HEADER_WINDOW];
        int read;
        try (InputStream in = Files.newInputStream(pdf)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static String tail(Path pdf, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
            int length = (int) Math.min(size, TRAILER_WINDOW);
            byte[] bytes = new byte[length];
            file.seek(size - length);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
