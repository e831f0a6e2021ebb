package nl.regioplan.extractors.party;

/**
 * "GGD" alone (the region's GGD, unnamed) and, in sentences that say who does what, the collective
 * "gemeenten"/"provincies" of the region.
 */
final class BareNamePass implements PartyPass {
    /** The region's municipalities as one actor: "de gemeenten nemen het initiatief". */
    static final String COLLECTIVE_MUNICIPALITIES = "Gemeenten (collectief)";
    static final String COLLECTIVE_PROVINCES = "Provincies (collectief)";
    /** A GGD named without its region: "de GGD". */
    static final String UNNAMED_GGD = "GGD (regio)";

    @Override
    public void claim(PartyText text) {
        for (int i = 0; i < text.size(); i++) {
            if (text.claimed(i)) continue;
            NameToken t = text.token(i);
            if (t.raw().equals("GGD")) {
                text.claim(i, i + 1, new Organisation(UNNAMED_GGD, PartyType.GGD));
            } else if ((t.key().equals("gemeenten") || t.key().equals("provincies"))
                    && text.roles().saysWhoDoesWhat(t.start())) {
                text.claim(i, i + 1, t.key().equals("gemeenten")
                        ? new Organisation(COLLECTIVE_MUNICIPALITIES, PartyType.GEMEENTE)
                        : new Organisation(COLLECTIVE_PROVINCES, PartyType.PROVINCIE));
            }
        }
    }
}
