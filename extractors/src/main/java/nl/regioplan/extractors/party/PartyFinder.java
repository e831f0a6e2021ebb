package nl.regioplan.extractors.party;

import java.util.ArrayList;
import java.util.List;
import nl.regioplan.extractors.nlp.Sentence;

/** Finds the organisations named in a text unit. {@code section} (the heading path) lets it tell roles. Thread-safe. */
public interface PartyFinder {
    /**
     * @param sentences the text's sentences as the pipeline split them, with offsets into {@code text}; roles
     *                  reach no further than a sentence
     */
    List<PartyMatch> find(String text, List<Sentence> sentences, String section);

    /**
     * A passage's parties (as {@link #find} gives them) and the normalised names each of its sentences holds, so
     * a target stated in one of those sentences takes its parties from the passage instead of a second search.
     */
    record Tagged(List<PartyMatch> parties, List<List<String>> namesBySentence) {
    }

    /** By default each sentence is searched again on its own; a finder that knows where its names are does better. */
    default Tagged tag(String text, List<Sentence> sentences, String section) {
        List<List<String>> names = new ArrayList<>();
        for (Sentence s : sentences) {
            names.add(find(s.text(), List.of(new Sentence(s.text(), 0, s.text().length())), section).stream()
                    .map(PartyMatch::normalised).distinct().toList());
        }
        return new Tagged(find(text, sentences, section), names);
    }
}
