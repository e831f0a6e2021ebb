package nl.regioplan.extractors.party;

/** An organisation a pass found: its span in the text, its name as written and what it is. */
record PartyMention(int start, int end, String name, Organisation organisation) {
}
