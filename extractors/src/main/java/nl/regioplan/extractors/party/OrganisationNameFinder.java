package nl.regioplan.extractors.party;

import nl.regioplan.corpus.table.DataTable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * An Apache OpenNLP maximum-entropy name finder for organisation names, trained on the project's own
 * annotated Dutch sentences ({@code organisation-names.train}; no Dutch model is to be had), shipped
 * pre-trained by {@link OrganisationNameModelBuilder}. Thread-safe: the model is shared, each thread gets its own
 * {@link NameFinderME}.
 */
final class OrganisationNameFinder {
    static final String TYPE = "organization";
    private static final String START = "<START:" + TYPE + ">";
    private static final String END = "<END>";

    /** A name found in a sentence, by char offsets into it, with the model's probability. */
    record Found(int start, int end, double probability) {
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    OrganisationNameFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
    }

    static final String TRAINING = "organisation-names.train";
    static final String MODEL = "organisation-names.bin";
    static final String MODEL_SOURCE_HASH = "organisation-names.bin.sha256";

    private static final class Default {
        static final OrganisationNameFinder INSTANCE = load();
    }

    /**
     * The model trained from the bundled sentences: the shipped {@code organisation-names.bin} when its
     * recorded hash matches the training file (loads in a fraction of a second), else trained afresh (a few
     * seconds), so an edited training file is never silently ignored.
     */
    static OrganisationNameFinder loadDefault() {
        return Default.INSTANCE;
    }

    private static OrganisationNameFinder load() {
        try {
            byte[] training = resource(TRAINING);
            byte[] recorded = optionalResource(MODEL_SOURCE_HASH);
            byte[] model = optionalResource(MODEL);
            if (model != null && recorded != null
                    && new String(recorded, StandardCharsets.US_ASCII).strip().equals(sha256(training))) {
                return new OrganisationNameFinder(new TokenNameFinderModel(new ByteArrayInputStream(model)));
            }
            return train(samples(new ByteArrayInputStream(training)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) throws IOException {
        byte[] bytes = optionalResource(name);
        if (bytes == null) throw new IllegalStateException("missing " + name);
        return bytes;
    }

    private static byte[] optionalResource(String name) throws IOException {
        try (InputStream in = OrganisationNameFinder.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    TokenNameFinderModel model() {
        return model;
    }

    static OrganisationNameFinder train(List<NameSample> samples) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        // in memory: the default two-pass indexer writes the events to a temporary file first
        params.put("DataIndexer", "OnePass");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderModel model = NameFinderME.train("nld", TYPE, new CollectionObjectStream<>(samples), params,
                new TokenNameFinderFactory());
        return new OrganisationNameFinder(model);
    }

    /** Reads annotated sentences: one a line, names between {@code <START:organization>} and {@code <END>}. */
    static List<NameSample> samples(InputStream in) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (String line : DataTable.words(in, "organisation training sentences")) samples.add(sample(line));
        return samples;
    }

    static NameSample sample(String line) {
        List<String> tokens = new ArrayList<>();
        List<Span> names = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf(START, at);
            String outside = open < 0 ? line.substring(at) : line.substring(at, open);
            tokens.addAll(List.of(SimpleTokenizer.INSTANCE.tokenize(outside)));
            if (open < 0) break;
            int close = line.indexOf(END, open);
            if (close < 0) throw new IllegalArgumentException("unclosed name in: " + line);
            String[] name = SimpleTokenizer.INSTANCE.tokenize(line.substring(open + START.length(), close));
            names.add(new Span(tokens.size(), tokens.size() + name.length, TYPE));
            tokens.addAll(List.of(name));
            at = close + END.length();
        }
        return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
    }

    /** Organisation names in one sentence with at least {@code minProbability}. */
    List<Found> find(String sentence, double minProbability) {
        Span[] tokenSpans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        if (tokenSpans.length == 0) return List.of();
        String[] tokens = Span.spansToStrings(tokenSpans, sentence);
        NameFinderME finder = finders.get();
        Span[] names = finder.find(tokens);
        double[] probs = finder.probs(names);
        finder.clearAdaptiveData();
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            if (probs[k] < minProbability) continue;
            found.add(new Found(tokenSpans[names[k].getStart()].getStart(),
                    tokenSpans[names[k].getEnd() - 1].getEnd(), probs[k]));
        }
        return found;
    }
}
