package nl.regioplan.extractors.fork;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.ExtractionFailure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running {@link ParseWorker}, used by one thread at a time. A reply that does not come within the budget's
 * time, or a process that ends instead of answering, is the document's fault: the process is ended and the
 * caller starts a fresh one for the next document.
 */
final class WorkerProcess implements AutoCloseable {
    /** What {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final String ENDED = "\u0000ended";

    private final Process process;
    private final List<String> command;
    private final Writer requests;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    /** The totals of the last reply (they are cumulative over this process's life). */
    private ParseReply reported = new ParseReply(null, null, null, 0, 0, 0, 0);

    private WorkerProcess(Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("parse-worker-replies", () -> readReplies(process.getInputStream()));
        daemon("parse-worker-stderr", () -> passOn(process.getErrorStream()));
    }

    static WorkerProcess start(List<String> command) {
        try {
            return new WorkerProcess(new ProcessBuilder(command).start(), command);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a parse worker (" + command.getFirst() + "): " + e.getMessage(), e);
        }
    }

    /** How this process was started. */
    List<String> command() {
        return command;
    }

    boolean alive() {
        return process.isAlive();
    }

    DocumentText extract(Path pdf, String doc, String sha256, ParseBudget budget, ParseCosts costs)
            throws ExtractionException, InterruptedException {
        String name = pdf.getFileName().toString();
        try {
            requests.write(ParseWorker.JSON.writeValueAsString(new ParseRequest(pdf.toAbsolutePath().toString(), doc, sha256)));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            return ended(name, budget);
        }
        String line = replies.poll(budget.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            kill();
            throw new ExtractionException(ExtractionFailure.TOO_SLOW, name + ": reading it took longer than "
                    + budget.timeout().toSeconds() + " s (--parse-timeout SECONDS raises the limit)", null);
        }
        if (line.equals(ENDED)) return ended(name, budget);
        ParseReply reply;
        try {
            reply = ParseWorker.JSON.readValue(line, ParseReply.class);
        } catch (IOException e) {
            kill();
            throw new IllegalStateException("a parse worker answered something unreadable: " + e.getMessage(), e);
        }
        costs.add(reply.cpuNanos() - reported.cpuNanos(), reply.ocrNanos() - reported.ocrNanos(),
                reply.ocrPages() - reported.ocrPages(), reply.peakHeapBytes());
        reported = reply;
        if (reply.failure() != null) throw new ExtractionException(reply.failure(), reply.detail(), null);
        return reply.text();
    }

    /** The process ended in the middle of this document: ran out of its heap, or crashed. */
    private DocumentText ended(String name, ParseBudget budget) throws ExtractionException, InterruptedException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) kill();
        int exit = process.isAlive() ? -1 : process.exitValue();
        if (exit == OUT_OF_MEMORY_EXIT) {
            throw new ExtractionException(ExtractionFailure.TOO_MUCH_MEMORY, name + " needs more than "
                    + budget.memoryMb() + " MB to decode (--parse-memory MB raises the limit)", null);
        }
        throw new ExtractionException(ExtractionFailure.PARSER_FAILED, name + " (the parser process ended with exit code "
                + exit + ")", null);
    }

    private void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private void readReplies(InputStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                // the JVM writes its own last words ("Terminating due to java.lang.OutOfMemoryError") here too
                if (line.startsWith(ParseWorker.REPLY)) replies.add(line.substring(ParseWorker.REPLY.length()));
                else System.err.println(line);
            }
        } catch (IOException ignored) {
            // The process was killed; ENDED below tells the waiting caller.
        } finally {
            replies.add(ENDED);
        }
    }

    /** PDFBox's warnings about odd fonts and the like, shown as they would be without the child process. */
    private static void passOn(InputStream err) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) System.err.println(line);
        } catch (IOException ignored) {
            // The process is gone; so are its warnings.
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    /** Closing its input ends the worker after the document in hand; one that does not end is killed. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // Already gone.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) kill();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
