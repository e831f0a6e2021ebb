package nl.regioplan.extractors.theme;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Re-derives candidate lexicon terms from the IZA's werkagenda: splits the agreement's text into its parts A
 * to L, counts stemmed words and two-word phrases per part, and ranks each part's terms by Dunning's
 * log-likelihood against the other parts, so a term scores when it is frequent in one part and rare
 * elsewhere. The curated {@code lexicon.tsv} started from this output; run it to check or extend that file:
 * <pre>java ... ThemeLexiconBuilder ../shared/corpus/pdf/nat_iza_2022_integraal_zorgakkoord.pdf [perPart]</pre>
 */
public final class ThemeLexiconBuilder {
    /** A part heading on a line of its own: "Onderdeel C." (the table of contents repeats them, the last wins). */
    private static final Pattern PART_HEADING = Pattern.compile("(?m)^Onderdeel ([A-L])\\.");

    /** A ranked candidate term of one part. */
    public record Candidate(String code, String term, int inPart, int elsewhere, double score) {
    }

    private final Set<String> stopwords;

    public ThemeLexiconBuilder(Set<String> stopwords) {
        this.stopwords = Set.copyOf(stopwords);
    }

    public static ThemeLexiconBuilder withDefaultStopwords() {
        try (InputStream in = ThemeLexiconBuilder.class.getResourceAsStream("stopwords.txt")) {
            Set<String> words = new HashSet<>();
            for (String w : DataTable.words(in, "stopwords.txt")) words.add(DutchStemmer.foldAndStem(w));
            return new ThemeLexiconBuilder(words);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The werkagenda's parts A-L of the IZA text, keyed by letter, each from its heading to the next. */
    public static Map<String, String> parts(String izaText) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        Matcher m = PART_HEADING.matcher(izaText);
        while (m.find()) starts.put(m.group(1), m.start());
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(starts.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            int end = i + 1 < ordered.size() ? ordered.get(i + 1).getValue() : izaText.length();
            parts.put(ordered.get(i).getKey(), izaText.substring(ordered.get(i).getValue(), end));
        }
        return parts;
    }

    /** The {@code perPart} most distinctive terms of each part. */
    public List<Candidate> candidates(Map<String, String> parts, int perPart) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Map<String, Integer> c = new HashMap<>();
            List<String> words = WordTokenizer.words(part.getValue().replaceAll("-\\n(?=\\p{Ll})", ""));
            String previous = null;
            for (String w : words) {
                String s = DutchStemmer.stem(w);
                boolean content = s.length() > 2 && !stopwords.contains(s) && !Character.isDigit(s.charAt(0));
                if (content) {
                    c.merge(s, 1, Integer::sum);
                    surface.putIfAbsent(s, w);
                    if (previous != null) {
                        String bigram = previous + " " + s;
                        c.merge(bigram, 1, Integer::sum);
                    }
                }
                previous = content ? s : null;
            }
            counts.put(part.getKey(), c);
            c.forEach((t, k) -> totals.merge(t, k, Integer::sum));
        }
        long all = totals.values().stream().mapToLong(Integer::longValue).sum();
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> part : counts.entrySet()) {
            long size = part.getValue().values().stream().mapToLong(Integer::longValue).sum();
            List<Candidate> ranked = new ArrayList<>();
            part.getValue().forEach((term, k) -> {
                int rest = totals.get(term) - k;
                if (k < 3) return;
                double expected = (double) size * totals.get(term) / all;
                if (k <= expected) return;
                ranked.add(new Candidate(part.getKey(), term, k, rest, logLikelihood(k, size, rest, all - size)));
            });
            ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
            out.addAll(ranked.subList(0, Math.min(perPart, ranked.size())));
        }
        return out;
    }

    /** Dunning's G2 for a term seen a times in a text of size n and b times in the rest of size m. */
    static double logLikelihood(long a, long n, long b, long m) {
        double e1 = (double) n * (a + b) / (n + m);
        double e2 = (double) m * (a + b) / (n + m);
        return 2 * (term(a, e1) + term(b, e2));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ThemeLexiconBuilder <iza.pdf|iza.txt> [termsPerPart]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        String text = source.toString().endsWith(".pdf") ? pdfText(source) : Files.readString(source);
        int perPart = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("code\tterm_stem\tin_part\telsewhere\tg2");
        for (Candidate c : withDefaultStopwords().candidates(parts(text), perPart))
            out.printf("%s\t%s\t%d\t%d\t%.1f%n", c.code(), c.term(), c.inPart(), c.elsewhere(), c.score());
    }
}
