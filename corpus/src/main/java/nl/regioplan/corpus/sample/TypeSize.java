package nl.regioplan.corpus.sample;

/** A size of type and the distance between the baselines of its lines, in PDF points. */
record TypeSize(float size, float leading) {
}
