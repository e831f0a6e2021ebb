package nl.regioplan.extractors.party;

import java.util.ArrayList;
import java.util.List;
import nl.regioplan.extractors.nlp.Sentence;

/**
 * One text as the passes share it: its words, which of them a pass has claimed, the parties found so far, the
 * places the gazetteer recognised, its sentences (as the pipeline split them) and its role cues.
 */
final class PartyText {
    private final String text;
    private final List<NameToken> tokens;
    private final boolean[] claimed;
    private final List<Sentence> sentences;
    private final List<PartyMention> mentions = new ArrayList<>();
    private final List<PartyGazetteer.Hit> places = new ArrayList<>();
    private final RoleContext roles;

    PartyText(String text, List<Sentence> sentences, String section, RoleCues cues) {
        this.text = text;
        this.tokens = NameTokenizer.tokens(text);
        this.claimed = new boolean[tokens.size()];
        this.sentences = sentences;
        this.roles = new RoleContext(this, section, cues);
    }

    String text() {
        return text;
    }

    List<NameToken> tokens() {
        return tokens;
    }

    NameToken token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    boolean claimed(int i) {
        return claimed[i];
    }

    List<PartyMention> mentions() {
        return mentions;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    RoleContext roles() {
        return roles;
    }

    /** Municipalities, provinces and care regions the gazetteer recognised (left to later passes to judge). */
    List<PartyGazetteer.Hit> places() {
        return places;
    }

    /** Whether word {@code i} belongs to a place the gazetteer recognised. */
    boolean placeWord(int i) {
        for (PartyGazetteer.Hit h : places) if (i >= h.from() && i < h.to()) return true;
        return false;
    }

    /** The text from word {@code from} up to (not including) word {@code to}. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The sentence at {@code offset}, or an empty span there when no sentence holds it. */
    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return new Sentence("", offset, offset);
    }

    /** Words {@code from} up to {@code to} name {@code organisation}: claims them. */
    void claim(int from, int to, Organisation organisation) {
        for (int k = from; k < to; k++) claimed[k] = true;
        StringBuilder name = new StringBuilder(tokens.get(from).raw());
        for (int k = from + 1; k < to; k++) name.append(tokens.get(k).gapBefore()).append(tokens.get(k).raw());
        mentions.add(new PartyMention(tokens.get(from).start(), tokens.get(to - 1).end(),
                name.toString().replaceAll("\\s+", " "), organisation));
    }
}
