package nl.regioplan.extractors.ocr;

import nl.regioplan.extractors.program.ExternalProgram;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * OCR through Tika's {@link TesseractOCRParser}. Tesseract is started with {@code OMP_THREAD_LIMIT=1}: with
 * OpenMP threads a page takes ~23 s instead of ~3.5 s on a small machine. Tika cannot set a child process's
 * environment, so unless the JVM already has that variable, Tika is pointed at a two-line wrapper script that
 * sets it and runs the real tesseract. The engine is set up on first use, so an extractor that never meets an
 * image-only page never starts Tesseract. Thread-safe.
 */
public final class TesseractPageOcr implements PageOcr {
    private static final int TIMEOUT_SECONDS = 120;
    private static final Pattern LANGUAGE_DIRECTORY = Pattern.compile("languages in \"(.*)\"");

    private final String language;
    private volatile Engine engine;

    /** Dutch ("nld"), the language of the plans. */
    public TesseractPageOcr() {
        this("nld");
    }

    public TesseractPageOcr(String language) {
        this.language = language;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(engine().unavailableReason);
    }

    @Override
    public String recognise(BufferedImage page) throws IOException {
        Engine e = engine();
        if (e.unavailableReason != null) throw new IOException("OCR unavailable: " + e.unavailableReason);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(language);
        config.setTimeoutSeconds(TIMEOUT_SECONDS);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        try (TikaInputStream in = TikaInputStream.get(png.toByteArray())) {
            e.parser.parse(in, handler, metadata, context);
        } catch (SAXException | TikaException ex) {
            throw new IOException("Tesseract failed: " + ex.getMessage(), ex);
        }
        return handler.toString();
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) engine = e = Engine.start(language);
            }
        }
        return e;
    }

    private record Engine(TesseractOCRParser parser, String unavailableReason) {
        static Engine start(String language) {
            Optional<Path> tesseract = ExternalProgram.onPath("tesseract");
            if (tesseract.isEmpty()) return new Engine(null, "Tesseract is not installed (no tesseract on the PATH)");
            TesseractOCRParser parser = new TesseractOCRParser();
            try {
                Languages languages = Languages.of(tesseract.get());
                if (!languages.names().contains(language)) {
                    return new Engine(null, "Tesseract has no '" + language + "' language data (install tesseract-ocr-" + language + ")");
                }
                // Tika derives the language directory from the program's directory, which is the wrapper's
                parser.setTessdataPath(languages.directory());
                parser.setTesseractPath(singleThreaded(tesseract.get()).toString());
                parser.setLanguage(language);
                parser.initialize(Map.of());
                if (!parser.hasTesseract()) return new Engine(null, "Tesseract at " + tesseract.get() + " does not run");
            } catch (IOException | TikaConfigException | RuntimeException ex) {
                return new Engine(null, "Tesseract cannot be started: " + ex.getMessage());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return new Engine(null, "interrupted while starting Tesseract");
            }
            return new Engine(parser, null);
        }

        /** The directory Tika should run "tesseract" from so that it runs single-threaded. */
        private static Path singleThreaded(Path tesseract) throws IOException {
            if ("1".equals(System.getenv("OMP_THREAD_LIMIT")) || File.separatorChar != '/') return tesseract.getParent();
            Path dir = Files.createTempDirectory("regioplan-tesseract");
            Path script = dir.resolve("tesseract");
            Files.writeString(script, "#!/bin/sh\nOMP_THREAD_LIMIT=1 exec '" + tesseract + "' \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            dir.toFile().deleteOnExit();
            script.toFile().deleteOnExit();
            return dir;
        }

        /** What {@code tesseract --list-langs} reports: the language directory and the installed languages. */
        private record Languages(String directory, List<String> names) {
            static Languages of(Path tesseract) throws IOException, InterruptedException {
                Process process = new ProcessBuilder(tesseract.toString(), "--list-langs").redirectErrorStream(true).start();
                List<String> lines;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    lines = out.lines().toList();
                }
                process.waitFor();
                String directory = "";
                List<String> names = new ArrayList<>();
                for (String line : lines) {
                    Matcher m = LANGUAGE_DIRECTORY.matcher(line);
                    if (m.find()) directory = m.group(1);
                    else names.add(line.strip());
                }
                return new Languages(directory, names);
            }
        }
    }
}
