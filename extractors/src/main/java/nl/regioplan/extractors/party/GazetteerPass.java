package nl.regioplan.extractors.party;

/**
 * Known organisations and their aliases ({@code organisations.tsv}), longest match first. Places the gazetteer
 * knows (municipalities, provinces, care regions) are kept for {@link PlacePass} and the name finder to judge.
 */
record GazetteerPass(PartyGazetteer gazetteer) implements PartyPass {
    @Override
    public void claim(PartyText text) {
        for (int i = 0; i < text.size(); ) {
            PartyGazetteer.Hit hit = gazetteer.longestAt(text.tokens(), i);
            if (hit == null) {
                i++;
                continue;
            }
            if (hit.entry().kind() == PartyGazetteer.Kind.ORGANISATION) {
                text.claim(hit.from(), hit.to(), hit.entry().organisation());
            } else {
                text.places().add(hit);
            }
            i = hit.to();
        }
    }
}
