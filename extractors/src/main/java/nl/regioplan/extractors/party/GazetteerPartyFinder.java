package nl.regioplan.extractors.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioplan.corpus.region.RegionCatalog;
import nl.regioplan.extractors.nlp.Sentence;
import nl.regioplan.extractors.nlp.SentenceSplitter;

/**
 * Finds the organisations a text names, in passes ({@link PartyPass}) that each only look at words no earlier
 * pass claimed: the gazetteer ({@link GazetteerPass}), municipalities and provinces named as parties
 * ({@link PlacePass}), name patterns ({@link PatternPass}), a sector noun's list ({@link CollectiveListPass}),
 * a bare "GGD" and the collective municipalities ({@link BareNamePass}), and the trained name finder
 * ({@link ModelNamePass}). Roles come from {@link RoleCues} within the sentences the pipeline split. Each
 * organisation is reported once per call, under its normalised name, with its strongest role. Thread-safe.
 */
public final class GazetteerPartyFinder implements PartyFinder {
    public static final double DEFAULT_NAME_FINDER_THRESHOLD = 0.6;
    public static final String COLLECTIVE_MUNICIPALITIES = BareNamePass.COLLECTIVE_MUNICIPALITIES;
    public static final String COLLECTIVE_PROVINCES = BareNamePass.COLLECTIVE_PROVINCES;
    public static final String UNNAMED_GGD = BareNamePass.UNNAMED_GGD;

    private final List<PartyPass> passes;
    private final RoleCues roles;
    private final SentenceSplitter splitter = new SentenceSplitter();

    GazetteerPartyFinder(PartyGazetteer gazetteer, OrganisationKinds kinds, RoleCues roles,
                         OrganisationNameFinder nameFinder, double nameFinderThreshold) {
        this.roles = roles;
        List<PartyPass> p = new ArrayList<>(List.of(new GazetteerPass(gazetteer), new PlacePass(),
                new PatternPass(kinds, gazetteer), new CollectiveListPass(kinds, gazetteer), new BareNamePass()));
        if (nameFinder != null) p.add(new ModelNamePass(nameFinder, nameFinderThreshold, kinds, gazetteer));
        this.passes = List.copyOf(p);
    }

    /** Gazetteer, patterns and the trained name finder (trained on first call, about a second). */
    public static GazetteerPartyFinder loadDefault() {
        return new GazetteerPartyFinder(PartyGazetteer.loadDefault(RegionCatalog.loadDefault()),
                OrganisationKinds.loadDefault(), RoleCues.loadDefault(), OrganisationNameFinder.loadDefault(),
                DEFAULT_NAME_FINDER_THRESHOLD);
    }

    /** Gazetteer and patterns only: faster, and blind to organisations neither knows. */
    public static GazetteerPartyFinder withoutNameFinder() {
        return new GazetteerPartyFinder(PartyGazetteer.loadDefault(RegionCatalog.loadDefault()),
                OrganisationKinds.loadDefault(), RoleCues.loadDefault(), null, 1);
    }

    /** A text whose sentences the caller has not split: split here as the pipeline splits a block. */
    public List<PartyMatch> find(String text, String section) {
        if (text == null || text.isBlank()) return List.of();
        return find(text, inText(text, splitter.split(text)), section);
    }

    @Override
    public List<PartyMatch> find(String text, List<Sentence> sentences, String section) {
        if (text == null || text.isBlank()) return List.of();
        PartyText party = claimed(text, sentences, section);
        return party.mentions().isEmpty() ? List.of() : withRoles(party);
    }

    /** One search: the parties of the whole text, and per sentence the names of the parties that start in it. */
    @Override
    public Tagged tag(String text, List<Sentence> sentences, String section) {
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) names.add(new ArrayList<>());
        if (text == null || text.isBlank()) return new Tagged(List.of(), names);
        PartyText party = claimed(text, sentences, section);
        if (party.mentions().isEmpty()) return new Tagged(List.of(), names);
        List<PartyMatch> parties = withRoles(party);
        List<PartyMention> sorted = new ArrayList<>(party.mentions());
        sorted.sort(Comparator.comparingInt(PartyMention::start));
        for (PartyMention m : sorted) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (m.start() >= s.start() && m.start() < s.end()) {
                    if (!names.get(i).contains(m.organisation().name())) names.get(i).add(m.organisation().name());
                    break;
                }
            }
        }
        return new Tagged(parties, names);
    }

    private PartyText claimed(String text, List<Sentence> sentences, String section) {
        PartyText party = new PartyText(text, sentences, section, roles);
        for (PartyPass pass : passes) pass.claim(party);
        return party;
    }

    private static List<PartyMatch> withRoles(PartyText text) {
        List<PartyMention> mentions = new ArrayList<>(text.mentions());
        mentions.sort(Comparator.comparingInt(PartyMention::start));
        Map<String, PartyMatch> byName = new LinkedHashMap<>();
        for (PartyMention m : mentions) {
            PartyMatch match = new PartyMatch(m.name(), m.organisation().name(), m.organisation().type().code(),
                    text.roles().of(m, mentions));
            byName.merge(match.normalised(), match, (a, b) -> rank(b.role()) > rank(a.role())
                    ? new PartyMatch(a.name(), a.normalised(), a.type(), b.role()) : a);
        }
        return List.copyOf(byName.values());
    }

    private static int rank(String role) {
        if (role == null) return 0;
        return switch (role) {
            case "opdrachtgever" -> 3;
            case "trekker" -> 2;
            default -> 1;
        };
    }

    /**
     * The splitter's sentences (offsets into the whitespace-normalised text) as spans of {@code text} itself:
     * the two differ only in runs of white space.
     */
    private static List<Sentence> inText(String text, List<Sentence> normalised) {
        int[] at = new int[text.length() + 1];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space = n > 0;
            } else {
                if (space) at[n++] = i - 1;
                space = false;
                at[n++] = i;
            }
        }
        at[n] = text.length();
        List<Sentence> out = new ArrayList<>(normalised.size());
        for (Sentence s : normalised) {
            int end = s.end() >= n ? text.length() : at[s.end() - 1] + 1;
            out.add(new Sentence(text.substring(at[s.start()], end), at[s.start()], end));
        }
        return out;
    }
}
