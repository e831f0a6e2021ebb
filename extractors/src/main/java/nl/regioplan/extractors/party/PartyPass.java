package nl.regioplan.extractors.party;

/**
 * One way of recognising parties. The finder runs its passes in order over one {@link PartyText}; a pass
 * claims the words it names, and later passes only look at words no earlier pass claimed.
 */
interface PartyPass {
    void claim(PartyText text);
}
