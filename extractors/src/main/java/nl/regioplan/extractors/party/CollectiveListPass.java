package nl.regioplan.extractors.party;

import java.util.List;

/** The organisations a sector noun lists: "welzijnsorganisaties (Raster, Mens & Welzijn, De Kern)", "ziekenhuizen zoals Isala en MST". */
record CollectiveListPass(OrganisationKinds kinds, PartyGazetteer gazetteer) implements PartyPass {
    @Override
    public void claim(PartyText text) {
        List<NameToken> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PartyType type = kinds.collective(tokens.get(i));
            if (type == null) continue;
            int j = i + 1;
            boolean bracketed = tokens.get(j).gapBefore().contains("(");
            if (!bracketed) {
                if (!tokens.get(j).key().equals("zoals")) continue;
                j++;
            }
            int itemStart = -1;
            for (; j <= tokens.size(); j++) {
                NameToken t = j < tokens.size() ? tokens.get(j) : null;
                boolean listEnds = t == null || (bracketed ? t.gapBefore().contains(")") : endsSentence(t.gapBefore()))
                        || j > i + 1 && t.gapBefore().contains("(");
                boolean itemEnds = listEnds || text.claimed(j) || t.gapBefore().contains(",") || t.key().equals("en");
                if (itemEnds && itemStart >= 0) {
                    listItem(text, itemStart, j, type);
                    itemStart = -1;
                }
                if (listEnds) break;
                if (!text.claimed(j) && !t.key().equals("en") && itemStart < 0) itemStart = j;
            }
        }
    }

    private void listItem(PartyText text, int from, int to, PartyType type) {
        List<NameToken> tokens = text.tokens();
        int nameStart = tokens.get(from).article() && to - from > 1 ? from + 1 : from;
        if (!kinds.nameWord(tokens.get(nameStart))) return;
        for (int k = nameStart; k < to; k++) if (!tokens.get(k).capitalised() && !tokens.get(k).connectsName()) return;
        text.claim(from, to, gazetteer.organisationNamed(text.span(from, to), type));
    }

    private static boolean endsSentence(String gap) {
        return gap.contains(".") || gap.contains(";") || gap.contains("?") || gap.contains("!") || gap.contains(")");
    }
}
