package nl.regioplan.extractors.party;

/**
 * An organisation found in a piece of text.
 *
 * @param name       as written
 * @param normalised one canonical name per organisation
 * @param type       see records.md (gemeente, zorgverzekeraar, ... overig)
 * @param role       opdrachtgever, trekker, betrokken, or null
 */
public record PartyMatch(String name, String normalised, String type, String role) {
}
