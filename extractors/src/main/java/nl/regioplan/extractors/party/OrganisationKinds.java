package nl.regioplan.extractors.party;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that mark organisation names ({@code organisation-kinds.tsv}) and the words that never make one
 * ({@code not-organisations.txt}). Immutable, thread-safe.
 */
final class OrganisationKinds {
    private final Map<String, PartyType> prefix = new HashMap<>();
    /** Abbreviations among the marker words, by key: they count only when written so ("GGD", not "ggd"). */
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, PartyType> suffix = new HashMap<>();
    private final Map<String, PartyType> descriptor = new HashMap<>();
    private final Map<String, PartyType> collective = new HashMap<>();
    private final List<Map.Entry<String, PartyType>> contains = new ArrayList<>();
    private final Set<String> notNames = new HashSet<>();

    static OrganisationKinds loadDefault() {
        try (InputStream kinds = OrganisationKinds.class.getResourceAsStream("organisation-kinds.tsv");
             InputStream not = OrganisationKinds.class.getResourceAsStream("not-organisations.txt")) {
            if (kinds == null || not == null) throw new IllegalStateException("missing party word lists");
            return load(kinds, not);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OrganisationKinds load(InputStream kindsTsv, InputStream notOrganisations) throws IOException {
        OrganisationKinds k = new OrganisationKinds();
        for (String[] c : DataTable.rows(kindsTsv, '\t', 3, "organisation-kinds.tsv")) {
            String word = c[0].strip();
            String key = NameTokenizer.key(word);
            PartyType type = PartyType.of(c[2]);
            if (NameTokenizer.acronymLike(word)) k.abbreviations.put(key, word);
            switch (c[1].strip()) {
                case "prefix" -> k.prefix.put(key, type);
                case "suffix" -> k.suffix.put(key, type);
                case "descriptor" -> k.descriptor.put(key, type);
                case "collective" -> k.collective.put(key, type);
                case "contains" -> k.contains.add(Map.entry(key, type));
                default -> throw new IllegalArgumentException("organisation-kinds.tsv: unknown position: " + String.join("\t", c));
            }
        }
        for (String word : DataTable.words(notOrganisations, "not-organisations.txt")) k.notNames.add(NameTokenizer.key(word));
        return k;
    }

    /** The type a capitalised word starting a name implies ("Zorggroep", "Sportbedrijf"), or null. */
    PartyType prefix(NameToken t) {
        PartyType type = prefix.get(t.key());
        return type != null && t.capitalised() && spelledAsListed(t) ? type : null;
    }

    /** The type a capitalised word ending a name implies ("Ziekenhuis", "Welzijn", "MC"), or null. */
    PartyType suffix(NameToken t) {
        PartyType type = suffix.get(t.key());
        return type != null && t.capitalised() && spelledAsListed(t) ? type : null;
    }

    private boolean spelledAsListed(NameToken t) {
        String listed = abbreviations.get(t.key());
        return listed == null || listed.equals(t.raw());
    }

    /** The type a lower-case describing word implies ("werkgeversvereniging (WGV)"), or null. */
    PartyType descriptor(NameToken t) {
        return Character.isLowerCase(t.raw().charAt(0)) ? descriptor.get(t.key()) : null;
    }

    /** The type of the organisations a plural sector noun lists ("welzijnsorganisaties (A, B)"), or null. */
    PartyType collective(NameToken t) {
        return collective.get(t.key());
    }

    /** The type a name's words suggest ("... Ziekenhuis" is a hospital), else overig. */
    PartyType infer(String name) {
        String key = NameTokenizer.key(name);
        for (Map.Entry<String, PartyType> e : contains) if (key.contains(e.getKey())) return e.getValue();
        return PartyType.OVERIG;
    }

    /** Whether a folded word or phrase is never (part of) a name: sectors, laws, determiners, heading words. */
    /** A word that may start or continue a name: capitalised or an abbreviation, and not a word that never names. */
    boolean nameWord(NameToken t) {
        return (t.capitalised() || t.acronymLike()) && !notName(t.key());
    }

    boolean notName(String key) {
        return notNames.contains(key);
    }
}
