package nl.regioplan.extractors.party;

import java.util.regex.Pattern;
import nl.regioplan.extractors.clean.ListItemMarker;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regioplan.corpus.region.CareRegion;
import nl.regioplan.corpus.region.Municipality;
import nl.regioplan.corpus.region.RegionCatalog;

/**
 * The organisations the project knows by name ({@code organisations.tsv}) plus the municipalities,
 * provinces and care regions of the {@link RegionCatalog}, in a trie over folded words: finding the longest known name at a
 * word costs one hash lookup per word of the name, however large the gazetteer. Immutable, thread-safe.
 */
final class PartyGazetteer {
    /** What a gazetteer name stands for: a named organisation, or a place that is a party only in context. */
    enum Kind { ORGANISATION, MUNICIPALITY, PROVINCE, CARE_REGION }

    record Entry(Organisation organisation, Kind kind, List<String> rawTokens, boolean standalone) {
    }

    record Hit(Entry entry, int from, int to) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** Words after which a standalone alias names a place, not the organisation ("regio Salland"). */
    /** A sentence mark, line break or bullet between two words: the second is capitalised for the sentence. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?:;\n]|" + ListItemMarker.BULLET_CLASS);
    private static final Set<String> PLACE_WORDS = Set.of("regio", "in", "uit", "rond", "rondom", "binnen",
            "omgeving", "heel", "west", "oost", "noord", "zuid", "midden");

    private final Node root = new Node();
    private final Map<String, Organisation> byKey = new HashMap<>();

    private PartyGazetteer() {
    }

    static PartyGazetteer load(InputStream organisationsTsv, RegionCatalog regions) throws IOException {
        PartyGazetteer g = new PartyGazetteer();
        for (String[] cells : DataTable.rows(organisationsTsv, '\t', 3, "organisations.tsv")) {
            Organisation org = new Organisation(cells[0].strip(), PartyType.of(cells[1]));
            g.add(org.name(), org, Kind.ORGANISATION);
            for (String alias : cells[2].split("\\|")) {
                if (!alias.isBlank()) g.add(alias.strip(), org, Kind.ORGANISATION);
            }
        }
        for (Map.Entry<String, Municipality> m : regions.municipalityKeys().entrySet()) {
            Organisation org = new Organisation("Gemeente " + m.getValue().name(), PartyType.GEMEENTE);
            g.add(m.getKey(), org, Kind.MUNICIPALITY);
            g.byKey.putIfAbsent(key("Gemeente " + m.getKey()), org);
        }
        // care regions are places, never parties, but known: "Midden-IJssel" needs no name finder
        for (Map.Entry<String, CareRegion> r : regions.careRegionKeys().entrySet()) {
            g.add(r.getKey(), new Organisation("Regio " + r.getValue().name(), PartyType.OVERIG), Kind.CARE_REGION);
        }
        for (Map.Entry<String, String> p : regions.provinceKeys().entrySet()) {
            Organisation org = new Organisation("Provincie " + p.getValue(), PartyType.PROVINCIE);
            g.add(p.getKey(), org, Kind.PROVINCE);
            g.byKey.putIfAbsent(key("Provincie " + p.getKey()), org);
        }
        return g;
    }

    static PartyGazetteer loadDefault(RegionCatalog regions) {
        try (InputStream in = PartyGazetteer.class.getResourceAsStream("organisations.tsv")) {
            if (in == null) throw new IllegalStateException("missing organisations.tsv");
            return load(in, regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, Organisation org, Kind kind) {
        boolean standalone = name.startsWith("~");
        if (standalone) name = name.substring(1);
        List<NameToken> tokens = NameTokenizer.tokens(name);
        if (tokens.isEmpty()) return;
        Node node = root;
        List<String> raw = new ArrayList<>(tokens.size());
        for (NameToken t : tokens) {
            node = node.next.computeIfAbsent(t.key(), k -> new Node());
            raw.add(t.raw());
        }
        node.entries.add(new Entry(org, kind, raw, standalone));
        if (kind == Kind.ORGANISATION) byKey.putIfAbsent(key(name), org);
    }

    /** The gazetteer organisation a name found by other means stands for, if it is a known name or alias. */
    Optional<Organisation> lookup(String name) {
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /** The organisation a name found by pattern or model stands for: the gazetteer's, else a new one of {@code type}. */
    Organisation organisationNamed(String name, PartyType type) {
        return lookup(name).or(() -> lookup(NameSpelling.normalise(name)))
                .orElseGet(() -> new Organisation(NameSpelling.normalise(name), type));
    }

    private static String key(String name) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : NameTokenizer.tokens(name)) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.key());
        }
        return sb.toString();
    }

    /** The longest known name starting at word {@code i} that the text writes acceptably, or null. */
    Hit longestAt(List<NameToken> tokens, int i) {
        Node node = root;
        Hit best = null;
        for (int j = i; j < tokens.size(); j++) {
            NameToken t = tokens.get(j);
            if (j > i && !joinable(t.gapBefore())) break;
            node = node.next.get(t.key());
            if (node == null) break;
            for (Entry e : node.entries) {
                if (writtenAcceptably(e, tokens, i, j + 1)) {
                    best = new Hit(e, i, j + 1);
                    break;
                }
            }
        }
        return best;
    }

    /** Inside a name, words are separated by spaces, hyphens, dots or commas; never by "|", ":" or brackets. */
    private static boolean joinable(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (!(Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '.' || c == ','
                    || c == '/')) return false;
        }
        return true;
    }

    private static boolean writtenAcceptably(Entry e, List<NameToken> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String expected = e.rawTokens().get(k - from);
            // abbreviations must be written as the gazetteer writes them: "CZ", not the "cz" of a word
            if (NameTokenizer.acronymLike(expected) && !expected.equals(tokens.get(k).raw())) return false;
        }
        String first = e.rawTokens().get(0);
        if (Character.isUpperCase(first.charAt(0)) && !tokens.get(from).capitalised()) return false;
        if (e.standalone()) {
            if (from > 0) {
                NameToken before = tokens.get(from - 1);
                // "Met Salland ..." is capitalised for the sentence; "Acute Zorg Salland" for the name
                boolean sentenceStart = from == 1 || SENTENCE_BREAK.matcher(before.gapBefore()).find();
                boolean nameBefore = before.capitalised() && !sentenceStart;
                if (before.adjacent() && (nameBefore || PLACE_WORDS.contains(before.key()))) return false;
            }
            if (to < tokens.size()) {
                NameToken after = tokens.get(to);
                if (after.adjacent() && after.capitalised()) return false;
            }
        }
        return true;
    }

}
