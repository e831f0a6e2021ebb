package nl.regioplan.pipeline.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PdfFileHash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The data folder: one plain file per document per stage, so each stage's output can be inspected and the next
 * stage re-run from it.
 * <pre>
 *   raw/DOC.pdf            the bytes as fetched
 *   text/DOC.json          DocumentText (pages, blocks)
 *   records/DOC.json       DocumentRecords
 *   catalog/DOC.json       CatalogEntry, written when every stage is done
 *   index/                 the Lucene index
 *   quarantine/FILE        files that could not be ingested, with FILE.reason.json
 * </pre>
 * Every write goes to a temporary file first and is moved into place, so a killed run never leaves half a file.
 */
public final class DataStore {
    /** Document ids are file names without .pdf; anything else must never reach the file system. */
    private static final Pattern SAFE_DOC_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()+&,'-]{0,199}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path root;
    private final ReadModel.Cache readModel = new ReadModel.Cache(this);

    public DataStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder given, else $REGIOPLAN_DATA, else ./data. */
    public static DataStore at(Path folderOrNull) {
        if (folderOrNull != null) return new DataStore(folderOrNull);
        String env = System.getenv("REGIOPLAN_DATA");
        return new DataStore(Path.of(env != null && !env.isBlank() ? env : "data"));
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public Path root() {
        return root;
    }

    public Path indexDir() {
        return root.resolve("index");
    }

    public Path quarantineDir() {
        return root.resolve("quarantine");
    }

    public static boolean isSafeDocId(String doc) {
        return doc != null && SAFE_DOC_ID.matcher(doc).matches() && !doc.contains("..");
    }

    /** What {@link #isSafeDocId} allows, for messages that tell a user how to name a document. */
    public static final String SAFE_DOC_ID_RULE = "letters, digits, spaces and . _ ( ) + & , ' -, starting with a letter"
            + " or digit, without '..', at most 200 characters";

    /**
     * The document id of a file: its name without the .pdf ending, made safe when it is not (typographic quotes
     * and dashes become plain ones, other characters a dash, dot runs one dot), so an oddly named file is
     * ingested rather than refused. The title falls back to the name as it was.
     */
    public static String docIdOf(String fileName) {
        String name = fileName.replaceAll("(?i)\\.pdf$", "");
        if (isSafeDocId(name)) return name;
        String safe = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\"\u00AB\u00BB]", "")
                .replaceAll("[\u2010-\u2015\u2212\u00AD]", "-")
                .replaceAll("[^\\p{L}\\p{N} ._()+&,'-]", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[^\\p{L}\\p{N}]+", "")
                .replaceAll("[ .]+$", "");
        if (safe.length() > 200) safe = safe.substring(0, 200).strip();
        return safe.isEmpty() ? "unnamed" : safe;
    }

    public Path rawPdf(String doc) {
        return file("raw", doc, ".pdf");
    }

    public Optional<CatalogEntry> catalogEntry(String doc) {
        return read(file("catalog", doc, ".json"), CatalogEntry.class);
    }

    public List<CatalogEntry> catalog() {
        return readAll("catalog", CatalogEntry.class);
    }

    public Optional<DocumentText> text(String doc) {
        return read(file("text", doc, ".json"), DocumentText.class);
    }

    public Optional<DocumentRecords> records(String doc) {
        return read(file("records", doc, ".json"), DocumentRecords.class);
    }

    /** The records as {@code reader} reads them (the read model's shares their strings). */
    Optional<DocumentRecords> records(String doc, ObjectReader reader) {
        Path file = file("records", doc, ".json");
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(reader.readValue(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (delete it and re-ingest): " + e.getMessage(), e);
        }
    }

    /**
     * What the views read: the catalog and every document's records and region, read again only when an ingest
     * or a removal changed the folder since the last call on this store.
     */
    public ReadModel readModel() {
        return readModel.get();
    }

    public void putRaw(String doc, Path source) {
        copyRaw(doc, source).keep();
    }

    /**
     * Copies a PDF next to its place in raw/ and hashes it while copying: one read of the source. The copy is not
     * the document's raw PDF until {@link RawCopy#keep}.
     */
    public RawCopy copyRaw(String doc, Path source) {
        return copyRaw(doc, source, null);
    }

    /**
     * As {@link #copyRaw(String, Path)}, but when the raw copy in place has the source's size and the source hashes
     * to {@code expectedSha256} (an unchanged re-ingest), nothing is copied: the source is read once, to hash it,
     * and the copy in place stays. A changed file of the same size is read twice.
     */
    public RawCopy copyRaw(String doc, Path source, String expectedSha256) {
        Path target = rawPdf(doc);
        if (expectedSha256 != null && sameSize(target, source)) {
            String sha = sha256(source);
            if (sha.equals(expectedSha256)) return RawCopy.inPlace(target, sha);
        }
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".raw", ".tmp");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return new RawCopy(tmp, target, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            if (tmp != null) new RawCopy(tmp, target, null).discard();
            throw new UncheckedIOException("cannot store " + source + " in " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static boolean sameSize(Path a, Path b) {
        try {
            return Files.isRegularFile(a) && Files.size(a) == Files.size(b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(Path source) {
        try {
            return PdfFileHash.of(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    public void putText(DocumentText text) {
        write(file("text", text.doc(), ".json"), text);
    }

    public void putRecords(DocumentRecords records) {
        write(file("records", records.doc(), ".json"), records);
    }

    public void putCatalogEntry(CatalogEntry entry) {
        write(file("catalog", entry.doc(), ".json"), entry);
    }

    /** Drops the raw copy of a document that never made it into the catalog (it was quarantined). */
    public void deleteRawUnlessCatalogued(String doc) {
        if (!isSafeDocId(doc) || catalogEntry(doc).isPresent()) return;
        try {
            Files.deleteIfExists(rawPdf(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any stage holds a file of this document. */
    public boolean holds(String doc) {
        return Stream.of(file("catalog", doc, ".json"), file("records", doc, ".json"), file("text", doc, ".json"),
                rawPdf(doc)).anyMatch(Files::exists);
    }

    /**
     * Notes that a removal of the document has begun, before anything is removed, so a removal killed half-way
     * is finished by the next run that opens the index ({@link #interruptedRemovals()}).
     */
    public void beginRemoval(String doc) {
        try {
            Path marker = file("removing", doc, "");
            Files.createDirectories(marker.getParent());
            if (!Files.exists(marker)) Files.createFile(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + root.resolve("removing"), e);
        }
    }

    /** Documents whose removal began and did not end. */
    public List<String> interruptedRemovals() {
        Path dir = root.resolve("removing");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(DataStore::isSafeDocId).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes every stage's file of one document, the catalog entry first and the removal note last (the
     * index is the caller's, and goes before this: see {@code DocumentRemoval}).
     */
    public void delete(String doc) {
        try {
            Files.deleteIfExists(file("catalog", doc, ".json"));
            Files.deleteIfExists(file("records", doc, ".json"));
            Files.deleteIfExists(file("text", doc, ".json"));
            Files.deleteIfExists(rawPdf(doc));
            Files.deleteIfExists(file("removing", doc, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void quarantine(Path file, QuarantineEntry entry) {
        try {
            Path dir = quarantineDir();
            Files.createDirectories(dir);
            String name = file.getFileName().toString();
            if (Files.isRegularFile(file)) {
                Path tmp = Files.createTempFile(dir, ".q", ".tmp");
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                moveIntoPlace(tmp, dir.resolve(name));
            }
            write(dir.resolve(name + ".reason.json"), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine " + file, e);
        }
    }

    /** A file that now ingests cleanly leaves the quarantine. */
    public void release(String fileName) {
        try {
            Files.deleteIfExists(quarantineDir().resolve(fileName));
            Files.deleteIfExists(quarantineDir().resolve(fileName + ".reason.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quarantine's entry for a file name, if it has one. */
    public Optional<QuarantineEntry> quarantineEntry(String fileName) {
        Path reason = quarantineDir().resolve(fileName + ".reason.json");
        if (!reason.normalize().startsWith(quarantineDir())) return Optional.empty();
        return read(reason, QuarantineEntry.class);
    }

    public List<QuarantineEntry> quarantined() {
        Path dir = quarantineDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".reason.json")).sorted()
                    .map(p -> read(p, QuarantineEntry.class)).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String stage, String doc, String ending) {
        if (!isSafeDocId(doc)) throw new IllegalArgumentException("not a document id: " + doc);
        return root.resolve(stage).resolve(doc + ending);
    }

    private <T> List<T> readAll(String stage, Class<T> type) {
        Path dir = root.resolve(stage);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(p -> read(p, type)).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (delete it and re-ingest): " + e.getMessage(), e);
        }
    }

    private static void write(Path target, Object value) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".w", ".tmp");
            JSON.writeValue(tmp.toFile(), value);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
