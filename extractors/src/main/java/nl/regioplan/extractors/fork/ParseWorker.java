package nl.regioplan.extractors.fork;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.ExtractionFailure;
import nl.regioplan.extractors.text.PdfDocumentTextExtractor;

import nl.regioplan.extractors.ocr.TesseractPageOcr;
import nl.regioplan.extractors.ocr.TimedPageOcr;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The child process of {@link ForkedTextExtractor}: reads one {@link ParseRequest} per line on standard input,
 * answers one {@link ParseReply} per line on standard output, and ends when its input ends. It is started with
 * the budget's heap and {@code -XX:+ExitOnOutOfMemoryError}, so a document that needs more memory ends this
 * process (exit code 3) rather than leaving a damaged heap behind; the parent then names the document.
 * Everything else the libraries print goes to standard error, which the parent passes on.
 */
public final class ParseWorker {
    /** Marks reply lines: the JVM itself may write to standard output too. */
    static final String REPLY = "regioplan-parse-reply ";
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ParseWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        exitWithParent();
        DocumentTextExtractor extractor = new PdfDocumentTextExtractor(OCR);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            if (line.isBlank()) continue;
            ParseRequest request = JSON.readValue(line, ParseRequest.class);
            replies.println(REPLY + JSON.writeValueAsString(answer(extractor, request)));
        }
    }

    private static ParseReply answer(DocumentTextExtractor extractor, ParseRequest request) {
        try {
            DocumentText text = extractor.extract(Path.of(request.pdf()), request.doc(), request.sha256());
            return reply(text, null, null);
        } catch (ExtractionException e) {
            return reply(null, e.failure(), e.detail());
        } catch (StackOverflowError | RuntimeException e) {
            // A parser bug or a structure it cannot walk: the developer gets the trace, the user a sentence.
            e.printStackTrace();
            return reply(null, ExtractionFailure.PARSER_FAILED,
                    Path.of(request.pdf()).getFileName() + " (" + describe(e) + ")");
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "its objects are nested too deeply";
        return "PDFBox gave up on an object it could not interpret";
    }

    private static ParseReply reply(DocumentText text, ExtractionFailure failure, String detail) {
        return new ParseReply(text, failure, detail, peakHeap(), processCpuNanos(), OCR.nanos(), OCR.pages());
    }

    /** This child's CPU time so far, all its threads; 0 on a JVM that does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static final TimedPageOcr OCR = TimedPageOcr.childCpu(new TesseractPageOcr());

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** A parent killed with -9 cannot close our input while we are busy on a document: stop on our own. */
    private static void exitWithParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) return;
        Thread watch = new Thread(() -> {
            while (parent.get().isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(2);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
