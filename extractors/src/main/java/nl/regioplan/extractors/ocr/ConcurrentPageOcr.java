package nl.regioplan.extractors.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The OCR of one document's image-only pages, on several threads while the caller lays out the pages after them.
 * Tesseract is single-threaded (see {@link TesseractPageOcr}) and takes ~2 s a page, so a document with scanned
 * pages otherwise keeps one core busy while the other has run out of documents, and a scanned plan takes as many
 * times 2 s as it has pages. The caller renders a page only once a thread is free for it, so no more page
 * images are held than there are threads: a 500-page scan costs its threads' images, not 500. One per document;
 * its methods are called from the one thread that reads the document.
 */
public final class ConcurrentPageOcr implements AutoCloseable {
    /** Renders a page on the caller's thread: PDFBox's renderer is not thread-safe. */
    @FunctionalInterface
    public interface PageImage {
        BufferedImage render() throws IOException;
    }

    private final PageOcr engine;
    private final int threads;
    private final Semaphore free;
    private ExecutorService pool;

    public ConcurrentPageOcr(PageOcr engine, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.engine = engine;
        this.threads = threads;
        this.free = new Semaphore(threads);
    }

    /** Waits for a free thread, renders the page and starts its OCR there. */
    public Future<String> recognise(PageImage page) throws IOException {
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an OCR thread");
        }
        BufferedImage image;
        try {
            image = page.render();
        } catch (IOException | RuntimeException e) {
            free.release();
            throw e;
        }
        if (pool == null) pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "regioplan-ocr");
            t.setDaemon(true);
            return t;
        });
        return pool.submit(() -> {
            try {
                return engine.recognise(image);
            } finally {
                free.release();
            }
        });
    }

    /** The text of a page {@link #recognise} started, with the engine's IOException as it threw it. */
    public static String text(Future<String> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for OCR");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException runtime) throw runtime;
            if (cause instanceof Error error) throw error;
            throw new IOException(cause);
        }
    }

    /** Stops OCR still running, for a document given up half way (a failed page, an interrupt). */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
