package nl.regioplan.extractors.party;

import java.util.List;
import java.util.Set;

/**
 * Names made by the words of {@code organisation-kinds.tsv}: "Zorggroep X" (a prefix), "X Ziekenhuis" (a
 * suffix), "werkgeversvereniging (WGV)" and "welzijnsorganisatie Raster" (a descriptor before the name).
 */
record PatternPass(OrganisationKinds kinds, PartyGazetteer gazetteer) implements PartyPass {
    private static final Set<String> EN_TAILS = Set.of("omstreken", "omgeving");

    @Override
    public void claim(PartyText text) {
        List<NameToken> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (text.claimed(i)) continue;
            NameToken t = tokens.get(i);
            PartyType type = kinds.prefix(t);
            if (type != null) {
                int to = nameAfter(text, i + 1);
                if (to > i + 1) {
                    int from = i;
                    while (from > 0 && i - from < 2 && !text.claimed(from - 1) && tokens.get(from).adjacent()
                            && kinds.nameWord(tokens.get(from - 1))) from--;
                    claimName(text, from, to, type);
                    continue;
                }
            }
            type = kinds.suffix(t);
            if (type != null && i > 0) {
                int from = i;
                while (from > 0 && i - from < 3 && !text.claimed(from - 1) && tokens.get(from).adjacent()) {
                    NameToken prev = tokens.get(from - 1);
                    if (kinds.nameWord(prev)) from--;
                    else if (prev.key().equals("&") && from > 1 && kinds.nameWord(tokens.get(from - 2))) from -= 2;
                    else break;
                }
                if (from < i) {
                    claimName(text, from, i + 1, type);
                    continue;
                }
            }
            type = kinds.descriptor(t);
            if (type != null && i + 1 < tokens.size() && !text.claimed(i + 1)) {
                NameToken next = tokens.get(i + 1);
                String gap = next.gapBefore().strip();
                if (gap.equals("(") && next.acronymLike() && !kinds.notName(next.key())
                        && (i + 2 >= tokens.size() || tokens.get(i + 2).gapBefore().startsWith(")"))) {
                    claimName(text, i + 1, i + 2, type);
                } else if (gap.isEmpty()) {
                    int to = nameAfter(text, i + 1);
                    if (to > i + 1) claimName(text, i + 1, to, type);
                }
            }
        }
    }

    /** The end of the capitalised name that starts at {@code from} (== from when there is none). */
    private int nameAfter(PartyText text, int from) {
        List<NameToken> tokens = text.tokens();
        int to = from;
        while (to < tokens.size() && to - from < 5 && !text.claimed(to) && tokens.get(to).adjacent()) {
            NameToken t = tokens.get(to);
            if (kinds.nameWord(t)) {
                to++;
            } else if (to > from && to + 1 < tokens.size() && !text.claimed(to + 1) && tokens.get(to + 1).adjacent()
                    && kinds.nameWord(tokens.get(to + 1))
                    && (t.connectsName() || t.key().equals("en") && EN_TAILS.contains(tokens.get(to + 1).key()))) {
                to += 2;
            } else {
                break;
            }
        }
        return to;
    }

    private void claimName(PartyText text, int from, int to, PartyType type) {
        text.claim(from, to, gazetteer.organisationNamed(text.span(from, to), type));
    }
}
