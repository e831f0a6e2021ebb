package nl.regioplan.corpus.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.corpus.manifest.ManifestReader;

/**
 * The bundled sample corpus: PDFs made from the seed texts of two real regioplannen, each with the truth of what
 * its pages say, and a manifest listing them. What it holds is the bundled {@code manifest.csv}: one line per
 * seed text {@code <id>.txt} beside it.
 */
public final class SampleCorpus {
    /** The manifest's file name, in the bundle and in the folder {@link #write} fills. */
    public static final String MANIFEST = "manifest.csv";

    private SampleCorpus() {
    }

    /** The documents {@link #write} makes, in manifest order. */
    public static List<SampleDocument> documents() {
        try (Reader reader = new InputStreamReader(bundled(MANIFEST), StandardCharsets.UTF_8)) {
            List<SampleDocument> documents = new ArrayList<>();
            for (ManifestEntry entry : ManifestReader.read(reader, "bundled sample " + MANIFEST)) {
                documents.add(new SampleDocument(entry.id(), entry.title(), entry.region()));
            }
            return List.copyOf(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample manifest is unreadable", e);
        }
    }

    /**
     * Writes every sample PDF, its {@code <doc>.truth.json} and the {@code manifest.csv} into {@code dir}
     * (created if missing, files replaced). The same bytes on every run.
     *
     * @return the truth of each document, in manifest order
     */
    public static List<SampleDocumentTruth> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SamplePdfWriter writer = new SamplePdfWriter();
        List<SampleDocumentTruth> truths = new ArrayList<>();
        for (SampleDocument document : documents()) {
            List<SeedPage> pages = SeedText.fromResource(document.seedResource());
            SampleDocumentTruth truth = writer.write(document, pages, dir.resolve(document.pdfFileName()));
            truth.write(dir.resolve(document.truthFileName()));
            truths.add(truth);
        }
        try (InputStream manifest = bundled(MANIFEST)) {
            Files.write(dir.resolve(MANIFEST), manifest.readAllBytes());
        }
        return List.copyOf(truths);
    }

    private static InputStream bundled(String name) {
        InputStream in = SampleCorpus.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("the sample corpus bundle lacks " + name);
        return in;
    }
}
