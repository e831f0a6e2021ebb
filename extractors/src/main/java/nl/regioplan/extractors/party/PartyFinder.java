package nl.regioplan.extractors.party;

import java.util.List;
import nl.regioplan.extractors.nlp.Sentence;

/** Finds the organisations named in a text unit. {@code section} (the heading path) lets it tell roles. Thread-safe. */
public interface PartyFinder {
    /**
     * @param sentences the text's sentences as the pipeline split them, with offsets into {@code text}; roles
     *                  reach no further than a sentence
     */
    List<PartyMatch> find(String text, List<Sentence> sentences, String section);
}
