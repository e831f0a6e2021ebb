package nl.regioplan.extractors.party;

import java.util.List;
import java.util.Set;

/**
 * Municipalities and provinces of the region catalogue named as parties: after "gemeente(n)"/"provincie(s)",
 * or in a list of three or more ("de gemeenten Deventer, Olst-Wijhe, Raalte en Voorst" gives four parties).
 */
final class PlacePass implements PartyPass {
    private static final Set<String> LIST_CONNECTORS = Set.of("en", "&", "of");

    @Override
    public void claim(PartyText text) {
        List<NameToken> tokens = text.tokens();
        List<PartyGazetteer.Hit> places = text.places().stream()
                .filter(h -> h.entry().kind() != PartyGazetteer.Kind.CARE_REGION).toList();
        int k = 0;
        while (k < places.size()) {
            int end = k + 1;
            while (end < places.size() && places.get(end).entry().kind() == places.get(k).entry().kind()
                    && connected(tokens, places.get(end - 1).to(), places.get(end).from())) end++;
            List<PartyGazetteer.Hit> run = places.subList(k, end);
            boolean list = run.size() >= 3 || triggered(tokens, run.get(0));
            for (PartyGazetteer.Hit h : run) {
                int from = h.from();
                String kindWord = h.entry().kind() == PartyGazetteer.Kind.MUNICIPALITY ? "gemeente" : "provincie";
                if (from > 0 && !text.claimed(from - 1) && tokens.get(from - 1).key().equals(kindWord)
                        && tokens.get(from).adjacent()) from--;
                if (list || from < h.from()) text.claim(from, h.to(), h.entry().organisation());
            }
            k = end;
        }
    }

    /** Between two listed places only list words and separators: ", ", " en ", " | ", line breaks. */
    private static boolean connected(List<NameToken> tokens, int afterPrevious, int next) {
        for (int j = afterPrevious; j <= next; j++) {
            String gap = tokens.get(j).gapBefore();
            for (int c = 0; c < gap.length(); c++) {
                char ch = gap.charAt(c);
                if (!(Character.isWhitespace(ch) || ch == ',' || ch == '|' || ch == '/' || ch == '&' || ch == ':'))
                    return false;
            }
            if (j < next && !LIST_CONNECTORS.contains(tokens.get(j).key())) return false;
        }
        return true;
    }

    /** A list right after "gemeenten" (or "provincies"): "4 gemeenten: Deventer, ...", "gemeenten | Raalte". */
    private static boolean triggered(List<NameToken> tokens, PartyGazetteer.Hit first) {
        if (first.from() == 0) return false;
        NameToken before = tokens.get(first.from() - 1);
        boolean municipality = first.entry().kind() == PartyGazetteer.Kind.MUNICIPALITY;
        boolean trigger = municipality ? before.key().equals("gemeenten") || before.key().equals("gemeente")
                : before.key().equals("provincies") || before.key().equals("provincie");
        if (!trigger) return false;
        String gap = tokens.get(first.from()).gapBefore();
        for (int c = 0; c < gap.length(); c++) {
            char ch = gap.charAt(c);
            if (!(Character.isWhitespace(ch) || ch == ':' || ch == '|' || ch == '(' || ch == '–' || ch == '-'))
                return false;
        }
        return true;
    }
}
