package nl.regioplan.extractors.nlp;

import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.sentdetect.SentenceSampleStream;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Dutch OpenNLP sentence and token models, trained from the project's own text on first use and kept in memory.
 * No Dutch OpenNLP models can be downloaded here, and training on ~270 sentences takes well under a second, so
 * training beats shipping binary models whose provenance nobody can check. The holder idiom makes the first
 * use train exactly once, thread-safely.
 */
public final class DutchModels {
    private static final String LANGUAGE = "nld";

    private DutchModels() {
    }

    public static SentenceModel sentenceModel() {
        return Holder.SENTENCES;
    }

    public static TokenizerModel tokenizerModel() {
        return Holder.TOKENS;
    }

    private static final class Holder {
        static final Abbreviations ABBREVIATIONS = Abbreviations.dutch();
        static final DutchTrainingText TEXT = DutchTrainingText.bundled();
        static final SentenceModel SENTENCES = trainSentences();
        static final TokenizerModel TOKENS = trainTokens();

        private static TrainingParameters parameters() {
            TrainingParameters parameters = TrainingParameters.defaultParams();
            // a small hand-written corpus: keep features seen only a few times (abbreviation contexts)
            parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
            parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
            parameters.put("PrintMessages", false);
            return parameters;
        }

        private static SentenceModel trainSentences() {
            SentenceDetectorFactory factory = new SentenceDetectorFactory(LANGUAGE, true,
                    ABBREVIATIONS.toDictionary(), new char[]{'.', '?', '!'});
            try (ObjectStream<SentenceSample> samples = new SentenceSampleStream(
                    ObjectStreamUtils.createObjectStream(TEXT.sentenceSampleLines()))) {
                return SentenceDetectorME.train(LANGUAGE, samples, factory, parameters());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TokenizerModel trainTokens() {
            TrainingTokens annotator = new TrainingTokens(ABBREVIATIONS);
            List<TokenSample> samples = TEXT.sentences().stream().map(annotator::annotate).toList();
            TokenizerFactory factory = new TokenizerFactory(LANGUAGE, ABBREVIATIONS.toDictionary(), true, null);
            try (ObjectStream<TokenSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
                return TokenizerME.train(stream, factory, parameters());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
