package nl.regioplan.extractors.party;

import java.util.List;
import java.util.Set;
import nl.regioplan.extractors.nlp.Sentence;

/**
 * The OpenNLP name finder trained on the project's own sentences, run only in sentences that already name a
 * party or say who does what (on all text it takes too many programme titles and people for organisations),
 * on windows around capitalised words nothing else explained, trusted above a probability threshold, and
 * outside role sentences only for names that look like organisations.
 */
record ModelNamePass(OrganisationNameFinder nameFinder, double threshold, OrganisationKinds kinds,
                     PartyGazetteer gazetteer) implements PartyPass {
    /** The model looks two words either side: a window this wide keeps its context at a fraction of a long sentence's cost. */
    private static final int WINDOW = 6;
    /** Words after which a capitalised word is likely an organisation: "samen met X", "door X", "X, Y". */
    private static final Set<String> PARTY_CONTEXT = Set.of("met", "door", "bij", "van", "en", "namens", "via",
            "aan", "zoals", "tussen", "voor", "op", "uit", "dat", "zijn", "is", "heeft", "hebben");

    @Override
    public void claim(PartyText text) {
        if (text.mentions().isEmpty() && !text.roles().saysWhoDoesWhat(-1)) return;
        List<NameToken> tokens = text.tokens();
        List<PartyMention> known = List.copyOf(text.mentions());
        int t = 0;
        for (Sentence s : text.sentences()) {
            if (!namesParties(text, s, known)) continue;
            int first = t;
            while (first < tokens.size() && tokens.get(first).start() < s.start()) first++;
            int last = first;
            while (last < tokens.size() && tokens.get(last).end() <= s.end()) last++;
            t = last;
            int windowEnd = -1;
            for (int c = first; c < last; c++) {
                NameToken tk = tokens.get(c);
                boolean unexplained = !text.claimed(c) && !text.placeWord(c) && !kinds.notName(tk.key()) && c > first
                        && (tk.acronymLike() || tk.capitalised() && !tk.startsLine())
                        && partyContext(tokens.get(c - 1), tk);
                if (!unexplained || c < windowEnd) continue;
                int from = Math.max(first, c - WINDOW);
                windowEnd = Math.min(last, c + WINDOW + 1);
                while (windowEnd < last && tokens.get(windowEnd - 1).capitalised()) windowEnd++;
                namesIn(text, from, windowEnd, text.roles().saysWhoDoesWhat(s.start()));
            }
        }
    }

    /** Whether a sentence holds a party already found or a role cue. */
    private static boolean namesParties(PartyText text, Sentence sentence, List<PartyMention> known) {
        for (PartyMention m : known) if (m.start() >= sentence.start() && m.start() < sentence.end()) return true;
        return text.roles().saysWhoDoesWhat(sentence.start());
    }

    /** A capitalised word in a list or after a preposition; not one of a heading's title-cased words. */
    private static boolean partyContext(NameToken previous, NameToken word) {
        String gap = word.gapBefore();
        return gap.contains(",") || gap.contains("(") || PARTY_CONTEXT.contains(previous.key());
    }

    private void namesIn(PartyText text, int first, int last, boolean roleSentence) {
        List<NameToken> tokens = text.tokens();
        int base = tokens.get(first).start();
        String window = text.text().substring(base, tokens.get(last - 1).end());
        for (OrganisationNameFinder.Found f : nameFinder.find(window, threshold)) {
            int start = base + f.start();
            int end = base + f.end();
            int from = -1;
            int to = -1;
            boolean clash = false;
            for (int k = first; k < last; k++) {
                NameToken tk = tokens.get(k);
                if (tk.end() <= start || tk.start() >= end) continue;
                if (from < 0) from = k;
                to = k + 1;
                clash |= text.claimed(k);
            }
            if (from < 0 || clash || !plausibleName(tokens, from, to)) continue;
            String name = text.span(from, to);
            PartyType type = kinds.infer(name);
            if (!roleSentence && !looksLikeAnOrganisation(text, from, to, type)) continue;
            text.claim(from, to, gazetteer.organisationNamed(name, type));
        }
    }

    /**
     * Outside sentences that say who does what, the model's guess must also look like an organisation: a
     * kind word in it ("Kraamzorg Zuid" is not, "Welzijn Lelystad" is), a place in it ("Vriendendiensten
     * Deventer"), or one word in capitals (an abbreviation). This keeps people ("Hans Everhard") and
     * programme titles ("Gezonde School") out.
     */
    private static boolean looksLikeAnOrganisation(PartyText text, int from, int to, PartyType inferred) {
        if (inferred != PartyType.OVERIG) return true;
        if (to - from == 1) return text.token(from).acronymLike();
        for (int k = from; k < to; k++) if (text.placeWord(k)) return true;
        return false;
    }

    /** Not a sector word, not a lone place, starting with a capital (after an article). */
    private boolean plausibleName(List<NameToken> tokens, int from, int to) {
        int start = tokens.get(from).article() && to - from > 1 ? from + 1 : from;
        if (!tokens.get(start).capitalised() && !tokens.get(start).acronymLike()) return false;
        boolean content = false;
        StringBuilder key = new StringBuilder();
        for (int k = start; k < to; k++) {
            content |= !kinds.notName(tokens.get(k).key());
            key.append(k > start ? " " : "").append(tokens.get(k).key());
        }
        // "Passende Zorg", "Maatschappelijke Opvang": a title-cased theme or service, not an organisation
        if (!content || kinds.notName(key.toString()) || kinds.notName(tokens.get(to - 1).key())) return false;
        PartyGazetteer.Hit place = gazetteer.longestAt(tokens, start);
        return place == null || place.entry().kind() == PartyGazetteer.Kind.ORGANISATION || place.to() < to;
    }
}
