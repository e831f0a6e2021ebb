package nl.regioplan.extractors.party;

/** An organisation as the project knows it: its one normalised name and its type. */
public record Organisation(String name, PartyType type) {
}
