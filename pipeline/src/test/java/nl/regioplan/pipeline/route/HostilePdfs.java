package nl.regioplan.pipeline.route;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * PDFs written to hurt a reader, made by the test at test time: decompression bombs (a megabyte that inflates
 * to a gigabyte) in a content stream, an image and the XMP metadata; an image of 20000 x 20000 pixels; a page
 * tree that claims 2^31-1 pages; a million nested arrays; and a seeded mutator that cuts and damages good PDFs.
 */
final class HostilePdfs {
    static final long GIGABYTE = 1L << 30;
    private static final String TEXT = "BT /F1 11 Tf 60 780 Td (Een gewone regel tekst op een verder vijandige pagina.) Tj ET\n";

    private HostilePdfs() {
    }

    /** One page whose content stream inflates to about a gigabyte of "q " (save graphics state), after some text. */
    static Path contentStreamBomb(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = pageWithFont(pdf);
            page.setContents(flateStream(pdf, ascii(TEXT), ascii("q "), GIGABYTE, new byte[0]));
            pdf.save(file.toFile());
        }
        return file;
    }

    /** An image-only page (so the page goes to OCR) whose 20000 x 20000 grey image inflates to 400 MB. */
    static Path imageBomb(Path file) throws IOException {
        return imagePage(file, 20_000, 20_000, COSName.DEVICEGRAY, 20_000L * 20_000);
    }

    /** An image-only page declaring a 20000 x 20000 RGB image (1.2 GB decoded) with almost no data behind it. */
    static Path hugeImage(Path file) throws IOException {
        return imagePage(file, 20_000, 20_000, COSName.DEVICERGB, 1024);
    }

    /** A page of text and an XMP metadata stream that inflates to a gigabyte: a title of a billion letters. */
    static Path xmpBomb(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = pageWithFont(pdf);
            page.setContents(flateStream(pdf, ascii(TEXT), new byte[0], 0, new byte[0]));
            String head = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
            String tail = "</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
            PDStream stream = flateStream(pdf, ascii(head), ascii("A"), GIGABYTE, ascii(tail));
            COSStream cos = stream.getCOSObject();
            cos.setItem(COSName.TYPE, COSName.METADATA);
            cos.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
            pdf.getDocumentCatalog().setMetadata(new PDMetadata(cos));
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A page of text in a page tree whose /Count says 2147483647. */
    static Path hugePageCount(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = pageWithFont(pdf);
            page.setContents(flateStream(pdf, ascii(TEXT), new byte[0], 0, new byte[0]));
            pdf.getPages().getCOSObject().setItem(COSName.COUNT, COSInteger.get(Integer.MAX_VALUE));
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A page of text whose content stream then opens a million nested arrays and dictionaries. */
    static Path deepNesting(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = pageWithFont(pdf);
            page.setContents(flateStream(pdf, ascii(TEXT), ascii("[<<"), 3_000_000, new byte[0]));
            pdf.save(file.toFile());
        }
        return file;
    }

    /**
     * Damaged copies of good PDFs, the same files for the same seed: cut off (with and without a %%EOF put back,
     * so the input check cannot catch them all), bytes flipped, runs overwritten, ranges dropped or repeated.
     */
    static List<Path> mutants(List<Path> good, Path dir, int count, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path source = good.get(random.nextInt(good.size()));
            byte[] bytes = Files.readAllBytes(source);
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] mutated = mutation.apply(bytes, random);
            String name = String.format("mutant-%03d-%s-%s", i, mutation.name().toLowerCase().replace('_', '-'),
                    source.getFileName());
            files.add(Files.write(dir.resolve(name), mutated));
        }
        return files;
    }

    enum Mutation {
        TRUNCATE {
            byte[] apply(byte[] b, Random r) {
                return Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
            }
        },
        TRUNCATE_KEEP_EOF {
            byte[] apply(byte[] b, Random r) {
                byte[] cut = Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
                return concat(cut, ascii("\n%%EOF\n"));
            }
        },
        FLIP_BYTES {
            byte[] apply(byte[] b, Random r) {
                byte[] copy = b.clone();
                int flips = 1 + r.nextInt(64);
                for (int i = 0; i < flips; i++) copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
                return copy;
            }
        },
        OVERWRITE_RUN {
            byte[] apply(byte[] b, Random r) {
                byte[] copy = b.clone();
                int start = r.nextInt(copy.length);
                int length = Math.min(copy.length - start, 1 + r.nextInt(4096));
                for (int i = 0; i < length; i++) copy[start + i] = (byte) r.nextInt(256);
                return copy;
            }
        },
        DROP_RANGE {
            byte[] apply(byte[] b, Random r) {
                int start = r.nextInt(b.length);
                int length = Math.min(b.length - start, 1 + r.nextInt(8192));
                return concat(Arrays.copyOf(b, start), Arrays.copyOfRange(b, start + length, b.length));
            }
        },
        REPEAT_RANGE {
            byte[] apply(byte[] b, Random r) {
                int start = r.nextInt(b.length);
                int length = Math.min(b.length - start, 1 + r.nextInt(8192));
                byte[] range = Arrays.copyOfRange(b, start, start + length);
                return concat(concat(Arrays.copyOf(b, start + length), range), Arrays.copyOfRange(b, start + length, b.length));
            }
        },
        FLIP_IN_STRUCTURE {
            /** Digits and delimiters of the object structure: lengths, offsets, references, dictionaries. */
            byte[] apply(byte[] b, Random r) {
                byte[] copy = b.clone();
                String structural = "0123456789<>[]/()R";
                for (int tries = 0, changed = 0; tries < 100_000 && changed < 8; tries++) {
                    int at = r.nextInt(copy.length);
                    if (structural.indexOf(copy[at]) >= 0) {
                        copy[at] = (byte) structural.charAt(r.nextInt(structural.length()));
                        changed++;
                    }
                }
                return copy;
            }
        };

        abstract byte[] apply(byte[] bytes, Random random);
    }

    private static Path imagePage(Path file, int width, int height, COSName colourSpace, long decodedBytes)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDStream image = flateStream(pdf, new byte[0], new byte[]{0}, decodedBytes, new byte[0]);
            COSStream cos = image.getCOSObject();
            cos.setItem(COSName.TYPE, COSName.XOBJECT);
            cos.setItem(COSName.SUBTYPE, COSName.IMAGE);
            cos.setInt(COSName.WIDTH, width);
            cos.setInt(COSName.HEIGHT, height);
            cos.setInt(COSName.BITS_PER_COMPONENT, 8);
            cos.setItem(COSName.COLORSPACE, colourSpace);
            PDResources resources = new PDResources();
            COSDictionary xobjects = new COSDictionary();
            xobjects.setItem(COSName.getPDFName("Im1"), cos);
            resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
            page.setResources(resources);
            page.setContents(flateStream(pdf, ascii("q 500 0 0 700 40 60 cm /Im1 Do Q\n"), new byte[0], 0, new byte[0]));
            pdf.save(file.toFile());
        }
        return file;
    }

    private static PDPage pageWithFont(PDDocument pdf) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        page.setResources(resources);
        return page;
    }

    /** A Flate stream of head, then unit repeated to {@code repeatedBytes}, then tail; deflated as it goes. */
    private static PDStream flateStream(PDDocument pdf, byte[] head, byte[] unit, long repeatedBytes, byte[] tail)
            throws IOException {
        byte[] deflated = deflate(head, unit, repeatedBytes, tail);
        PDStream stream = new PDStream(pdf);
        COSStream cos = stream.getCOSObject();
        try (OutputStream raw = cos.createRawOutputStream()) {
            raw.write(deflated);
        }
        cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    private static byte[] deflate(byte[] head, byte[] unit, long repeatedBytes, byte[] tail) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        feed(deflater, head, out, buffer);
        if (repeatedBytes > 0) {
            byte[] block = new byte[(int) Math.min(repeatedBytes, 1 << 20) / unit.length * unit.length];
            for (int i = 0; i < block.length; i++) block[i] = unit[i % unit.length];
            for (long left = repeatedBytes; left > 0; left -= block.length) {
                feed(deflater, left >= block.length ? block : Arrays.copyOf(block, (int) left), out, buffer);
            }
        }
        feed(deflater, tail, out, buffer);
        deflater.finish();
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return out.toByteArray();
    }

    private static void feed(Deflater deflater, byte[] input, ByteArrayOutputStream out, byte[] buffer) {
        deflater.setInput(input);
        while (!deflater.needsInput()) out.write(buffer, 0, deflater.deflate(buffer));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
