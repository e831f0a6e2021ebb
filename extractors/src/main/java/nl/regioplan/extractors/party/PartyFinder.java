package nl.regioplan.extractors.party;

import java.util.List;

/** Finds the organisations named in a text unit. {@code section} (the heading path) lets it tell roles. Thread-safe. */
public interface PartyFinder {
    List<PartyMatch> find(String text, String section);
}
