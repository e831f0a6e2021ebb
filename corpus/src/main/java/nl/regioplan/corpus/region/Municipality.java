package nl.regioplan.corpus.region;

/** A Dutch municipality as it names itself, with its province. */
public record Municipality(String name, String province) {
}
