package nl.regioplan.extractors.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioplan.corpus.region.RegionCatalog;

/**
 * Finds the organisations a text names, in four passes that each only look at words no earlier pass took:
 * <ol>
 *   <li>the gazetteer: known organisations and their aliases ({@code organisations.tsv}); municipalities and
 *   provinces of the {@link RegionCatalog} count as parties after "gemeente(n)"/"provincie(s)" or in a list
 *   of three or more ("de gemeenten Deventer, Olst-Wijhe, Raalte en Voorst" gives four parties);</li>
 *   <li>name patterns from {@code organisation-kinds.tsv}: "Zorggroep X", "X Ziekenhuis", "werkgeversvereniging
 *   (WGV)", "welzijnsorganisaties (A, B, C)";</li>
 *   <li>a bare "GGD" (the region's GGD, unnamed) and, in sentences that say who does what, the collective
 *   "gemeenten"/"provincies" of the region;</li>
 *   <li>an OpenNLP name finder trained on the project's own sentences, run only in sentences that already
 *   name a party or say who does what, on windows around capitalised words nothing else explained, trusted
 *   above a probability threshold (and outside role sentences only for names that look like organisations).</li>
 * </ol>
 * Roles come from {@link RoleCues}. Each organisation is reported once per call, under its normalised name.
 * Thread-safe.
 */
public final class GazetteerPartyFinder implements PartyFinder {
    public static final double DEFAULT_NAME_FINDER_THRESHOLD = 0.6;
    /** The region's municipalities as one actor: "de gemeenten nemen het initiatief". */
    public static final String COLLECTIVE_MUNICIPALITIES = "Gemeenten (collectief)";
    public static final String COLLECTIVE_PROVINCES = "Provincies (collectief)";
    /** A GGD named without its region: "de GGD". */
    public static final String UNNAMED_GGD = "GGD (regio)";

    /** Dutch organisation names join these words inside a name: "Centrum voor X", "X en Omstreken". */
    private static final Set<String> NAME_CONNECTORS = Set.of("van", "voor", "de", "der", "den", "het", "&", "op", "aan");
    private static final Set<String> EN_TAILS = Set.of("omstreken", "omgeving");
    private static final Set<String> LIST_CONNECTORS = Set.of("en", "&", "of");
    private static final Set<String> ARTICLES = Set.of("de", "het");

    private final PartyGazetteer gazetteer;
    private final OrganisationKinds kinds;
    private final RoleCues roles;
    private final OrganisationNameFinder nameFinder;
    private final double nameFinderThreshold;

    private record Mention(int start, int end, String name, Organisation organisation) {
    }

    GazetteerPartyFinder(PartyGazetteer gazetteer, OrganisationKinds kinds, RoleCues roles,
                         OrganisationNameFinder nameFinder, double nameFinderThreshold) {
        this.gazetteer = gazetteer;
        this.kinds = kinds;
        this.roles = roles;
        this.nameFinder = nameFinder;
        this.nameFinderThreshold = nameFinderThreshold;
    }

    /** Gazetteer, patterns and the trained name finder (trained on first call, about a second). */
    public static GazetteerPartyFinder loadDefault() {
        OrganisationKinds kinds = OrganisationKinds.loadDefault();
        return new GazetteerPartyFinder(PartyGazetteer.loadDefault(RegionCatalog.loadDefault()), kinds,
                RoleCues.loadDefault(), OrganisationNameFinder.loadDefault(), DEFAULT_NAME_FINDER_THRESHOLD);
    }

    /** Gazetteer and patterns only: faster, and blind to organisations neither knows. */
    public static GazetteerPartyFinder withoutNameFinder() {
        OrganisationKinds kinds = OrganisationKinds.loadDefault();
        return new GazetteerPartyFinder(PartyGazetteer.loadDefault(RegionCatalog.loadDefault()), kinds,
                RoleCues.loadDefault(), null, 1);
    }

    @Override
    public List<PartyMatch> find(String text, String section) {
        if (text == null || text.isBlank()) return List.of();
        List<NameToken> tokens = NameTokenizer.tokens(text);
        boolean[] used = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        List<PartyGazetteer.Hit> places = gazetteerNames(tokens, used, mentions);
        placeParties(tokens, used, places, mentions);
        patternNames(text, tokens, used, mentions);
        collectiveLists(text, tokens, used, mentions);
        boolean[] placeWords = new boolean[tokens.size()];
        for (PartyGazetteer.Hit h : places) for (int k = h.from(); k < h.to(); k++) placeWords[k] = true;
        Roles roleContext = new Roles(text, section);
        bareNames(tokens, used, mentions, roleContext);
        if (nameFinder != null && !mentions.isEmpty() || roleContext.saysWhoDoesWhat(-1)) {
            modelNames(text, tokens, used, placeWords, mentions, roleContext);
        }
        if (mentions.isEmpty()) return List.of();
        return withRoles(mentions, roleContext);
    }

    /** Role cues and sentences of one text, computed only when a party needs them. */
    private final class Roles {
        private final String text;
        private final String section;
        private List<int[]> sentences;
        private List<RoleCues.Cue> cues;
        private List<RoleCues.Cue> sectionCues;
        private String sectionRole;

        Roles(String text, String section) {
            this.text = text;
            this.section = section;
        }

        List<int[]> sentences() {
            if (sentences == null) sentences = GazetteerPartyFinder.sentences(text);
            return sentences;
        }

        private void cues() {
            if (cues != null) return;
            String folded = NameTokenizer.foldKeepingOffsets(text);
            cues = new ArrayList<>(roles.cues(folded, RoleCues.Scope.AFTER));
            cues.addAll(roles.cues(folded, RoleCues.Scope.NEXT));
            cues.addAll(roles.cues(folded, RoleCues.Scope.BEFORE));
            sectionCues = roles.cues(folded, RoleCues.Scope.SECTION);
            sectionRole = roles.sectionRole(section);
        }

        /** Whether the sentence at {@code offset} says who does what. */
        boolean saysWhoDoesWhat(int offset) {
            cues();
            if (sectionRole != null || !sectionCues.isEmpty()) return true;
            if (offset < 0) return !cues.isEmpty();
            int[] s = sentenceOf(sentences(), offset);
            for (RoleCues.Cue c : cues) if (c.start() >= s[0] && c.end() <= s[1]) return true;
            return false;
        }

        /**
         * The nearest cue before the party that points forward (a NEXT cue only as far as the list right after
         * it), else after it pointing back, else the section's.
         */
        String of(Mention m, List<Mention> all) {
            cues();
            int[] s = sentenceOf(sentences(), m.start());
            RoleCues.Cue best = null;
            for (RoleCues.Cue c : cues) {
                boolean forward = c.scope() == RoleCues.Scope.AFTER
                        || c.scope() == RoleCues.Scope.NEXT && m.start() <= reach(c, all, text);
                if (forward && c.end() <= m.start() && c.start() >= s[0]
                        && (best == null || c.end() > best.end())) best = c;
            }
            if (best != null) return best.role();
            for (RoleCues.Cue c : cues) {
                if (c.scope() == RoleCues.Scope.BEFORE && c.start() >= m.end() && c.end() <= s[1]
                        && (best == null || c.start() < best.start())) best = c;
            }
            if (best != null) return best.role();
            String role = sectionRole;
            for (RoleCues.Cue c : sectionCues) if (c.end() <= m.start()) role = c.role();
            return role;
        }
    }

    private List<PartyGazetteer.Hit> gazetteerNames(List<NameToken> tokens, boolean[] used, List<Mention> mentions) {
        List<PartyGazetteer.Hit> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            PartyGazetteer.Hit hit = gazetteer.longestAt(tokens, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (hit.entry().kind() == PartyGazetteer.Kind.ORGANISATION) {
                mentions.add(mention(tokens, hit.from(), hit.to(), hit.entry().organisation(), used));
            } else {
                places.add(hit);
            }
            i = hit.to();
        }
        return places;
    }

    /** Municipalities and provinces named as parties: after their kind word, or listed with others. */
    private void placeParties(List<NameToken> tokens, boolean[] used, List<PartyGazetteer.Hit> places,
                              List<Mention> mentions) {
        places = places.stream().filter(h -> h.entry().kind() != PartyGazetteer.Kind.CARE_REGION).toList();
        int k = 0;
        while (k < places.size()) {
            int end = k + 1;
            while (end < places.size() && places.get(end).entry().kind() == places.get(k).entry().kind()
                    && connected(tokens, places.get(end - 1).to(), places.get(end).from())) end++;
            List<PartyGazetteer.Hit> run = places.subList(k, end);
            boolean list = run.size() >= 3 || triggered(tokens, run.get(0));
            for (PartyGazetteer.Hit h : run) {
                int from = h.from();
                String kindWord = h.entry().kind() == PartyGazetteer.Kind.MUNICIPALITY ? "gemeente" : "provincie";
                if (from > 0 && !used[from - 1] && tokens.get(from - 1).key().equals(kindWord)
                        && tokens.get(from).adjacent()) from--;
                if (list || from < h.from()) mentions.add(mention(tokens, from, h.to(), h.entry().organisation(), used));
            }
            k = end;
        }
    }

    /** Between two listed places only list words and separators: ", ", " en ", " | ", line breaks. */
    private static boolean connected(List<NameToken> tokens, int afterPrevious, int next) {
        for (int j = afterPrevious; j <= next; j++) {
            String gap = tokens.get(j).gapBefore();
            for (int c = 0; c < gap.length(); c++) {
                char ch = gap.charAt(c);
                if (!(Character.isWhitespace(ch) || ch == ',' || ch == '|' || ch == '/' || ch == '&' || ch == ':'))
                    return false;
            }
            if (j < next && !LIST_CONNECTORS.contains(tokens.get(j).key())) return false;
        }
        return true;
    }

    /** A list right after "gemeenten" (or "provincies"): "4 gemeenten: Deventer, ...", "gemeenten | Raalte". */
    private static boolean triggered(List<NameToken> tokens, PartyGazetteer.Hit first) {
        if (first.from() == 0) return false;
        NameToken before = tokens.get(first.from() - 1);
        boolean municipality = first.entry().kind() == PartyGazetteer.Kind.MUNICIPALITY;
        boolean trigger = municipality ? before.key().equals("gemeenten") || before.key().equals("gemeente")
                : before.key().equals("provincies") || before.key().equals("provincie");
        if (!trigger) return false;
        String gap = tokens.get(first.from()).gapBefore();
        for (int c = 0; c < gap.length(); c++) {
            char ch = gap.charAt(c);
            if (!(Character.isWhitespace(ch) || ch == ':' || ch == '|' || ch == '(' || ch == '–' || ch == '-'))
                return false;
        }
        return true;
    }

    private void patternNames(String text, List<NameToken> tokens, boolean[] used, List<Mention> mentions) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) continue;
            NameToken t = tokens.get(i);
            PartyType type = kinds.prefix(t);
            if (type != null) {
                int to = nameAfter(tokens, used, i + 1);
                if (to > i + 1) {
                    int from = i;
                    while (from > 0 && i - from < 2 && !used[from - 1] && tokens.get(from).adjacent()
                            && nameWord(tokens.get(from - 1))) from--;
                    addPatternName(text, tokens, used, mentions, from, to, type);
                    continue;
                }
            }
            type = kinds.suffix(t);
            if (type != null && i > 0) {
                int from = i;
                while (from > 0 && i - from < 3 && !used[from - 1] && tokens.get(from).adjacent()) {
                    NameToken prev = tokens.get(from - 1);
                    if (nameWord(prev)) from--;
                    else if (prev.key().equals("&") && from > 1 && nameWord(tokens.get(from - 2))) from -= 2;
                    else break;
                }
                if (from < i) {
                    addPatternName(text, tokens, used, mentions, from, i + 1, type);
                    continue;
                }
            }
            type = kinds.descriptor(t);
            if (type != null && i + 1 < tokens.size() && !used[i + 1]) {
                NameToken next = tokens.get(i + 1);
                String gap = next.gapBefore().strip();
                if (gap.equals("(") && next.acronymLike() && !kinds.notName(next.key())
                        && (i + 2 >= tokens.size() || tokens.get(i + 2).gapBefore().startsWith(")"))) {
                    addPatternName(text, tokens, used, mentions, i + 1, i + 2, type);
                } else if (gap.isEmpty()) {
                    int to = nameAfter(tokens, used, i + 1);
                    if (to > i + 1) addPatternName(text, tokens, used, mentions, i + 1, to, type);
                }
            }
        }
    }

    /** The end of the capitalised name that starts at {@code from} (== from when there is none). */
    private int nameAfter(List<NameToken> tokens, boolean[] used, int from) {
        int to = from;
        while (to < tokens.size() && to - from < 5 && !used[to] && tokens.get(to).adjacent()) {
            NameToken t = tokens.get(to);
            if (nameWord(t)) {
                to++;
            } else if (to > from && to + 1 < tokens.size() && !used[to + 1] && tokens.get(to + 1).adjacent()
                    && nameWord(tokens.get(to + 1))
                    && (NAME_CONNECTORS.contains(t.key()) || t.key().equals("en") && EN_TAILS.contains(tokens.get(to + 1).key()))) {
                to += 2;
            } else {
                break;
            }
        }
        return to;
    }

    private boolean nameWord(NameToken t) {
        return (t.capitalised() || t.acronymLike()) && !kinds.notName(t.key());
    }

    private void addPatternName(String text, List<NameToken> tokens, boolean[] used, List<Mention> mentions,
                                int from, int to, PartyType type) {
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        Organisation org = gazetteer.lookup(name).or(() -> gazetteer.lookup(normalise(name))).orElseGet(() -> new Organisation(normalise(name), type));
        mentions.add(mention(tokens, from, to, org, used));
    }

    /** "welzijnsorganisaties (Raster, Mens & Welzijn, De Kern)", "ziekenhuizen zoals Isala en MST". */
    private void collectiveLists(String text, List<NameToken> tokens, boolean[] used, List<Mention> mentions) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PartyType type = kinds.collective(tokens.get(i));
            if (type == null) continue;
            int j = i + 1;
            boolean bracketed = tokens.get(j).gapBefore().contains("(");
            if (!bracketed) {
                if (!tokens.get(j).key().equals("zoals")) continue;
                j++;
            }
            int itemStart = -1;
            for (; j <= tokens.size(); j++) {
                NameToken t = j < tokens.size() ? tokens.get(j) : null;
                boolean listEnds = t == null || (bracketed ? t.gapBefore().contains(")") : endsSentence(t.gapBefore()))
                        || j > i + 1 && t.gapBefore().contains("(");
                boolean itemEnds = listEnds || used[j] || t.gapBefore().contains(",") || t.key().equals("en");
                if (itemEnds && itemStart >= 0) {
                    addListItem(text, tokens, used, mentions, itemStart, j, type);
                    itemStart = -1;
                }
                if (listEnds) break;
                if (!used[j] && !t.key().equals("en") && itemStart < 0) itemStart = j;
            }
        }
    }

    private void addListItem(String text, List<NameToken> tokens, boolean[] used, List<Mention> mentions,
                             int from, int to, PartyType type) {
        int nameStart = ARTICLES.contains(tokens.get(from).key()) && to - from > 1 ? from + 1 : from;
        if (!nameWord(tokens.get(nameStart))) return;
        for (int k = nameStart; k < to; k++) if (!tokens.get(k).capitalised() && !NAME_CONNECTORS.contains(tokens.get(k).key())) return;
        addPatternName(text, tokens, used, mentions, from, to, type);
    }

    private static boolean endsSentence(String gap) {
        return gap.contains(".") || gap.contains(";") || gap.contains("?") || gap.contains("!") || gap.contains(")");
    }

    /** "GGD" alone, and the collective gemeenten/provincies where the text says who does what. */
    private void bareNames(List<NameToken> tokens, boolean[] used, List<Mention> mentions, Roles roles) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) continue;
            NameToken t = tokens.get(i);
            if (t.raw().equals("GGD")) {
                mentions.add(mention(tokens, i, i + 1, new Organisation(UNNAMED_GGD, PartyType.GGD), used));
            } else if ((t.key().equals("gemeenten") || t.key().equals("provincies")) && roles.saysWhoDoesWhat(t.start())) {
                Organisation org = t.key().equals("gemeenten")
                        ? new Organisation(COLLECTIVE_MUNICIPALITIES, PartyType.GEMEENTE)
                        : new Organisation(COLLECTIVE_PROVINCES, PartyType.PROVINCIE);
                mentions.add(mention(tokens, i, i + 1, org, used));
            }
        }
    }

    /**
     * Whether a sentence is one that names parties: it holds a party already found or a role cue. The name
     * finder only runs there; on all text it takes too many programme titles and people for organisations.
     */
    private static boolean namesParties(int[] sentence, List<Mention> known, Roles roles) {
        for (Mention m : known) if (m.start() >= sentence[0] && m.start() < sentence[1]) return true;
        return roles.saysWhoDoesWhat(sentence[0]);
    }

    /**
     * Runs the name finder on windows of words around capitalised words nothing else explained (the model
     * looks two words either side, so a window of {@value #WINDOW} each side keeps its context at a fraction of
     * a long sentence's cost).
     */
    private void modelNames(String text, List<NameToken> tokens, boolean[] used, boolean[] places,
                            List<Mention> mentions, Roles roles) {
        if (nameFinder == null) return;
        List<Mention> known = List.copyOf(mentions);
        int t = 0;
        for (int[] s : roles.sentences()) {
            if (!namesParties(s, known, roles)) continue;
            int first = t;
            while (first < tokens.size() && tokens.get(first).start() < s[0]) first++;
            int last = first;
            while (last < tokens.size() && tokens.get(last).end() <= s[1]) last++;
            t = last;
            int windowEnd = -1;
            for (int c = first; c < last; c++) {
                NameToken tk = tokens.get(c);
                boolean unexplained = !used[c] && !places[c] && !kinds.notName(tk.key()) && c > first
                        && (tk.acronymLike() || tk.capitalised() && !startsLine(tk))
                        && partyContext(tokens.get(c - 1), tk);
                if (!unexplained || c < windowEnd) continue;
                int from = Math.max(first, c - WINDOW);
                windowEnd = Math.min(last, c + WINDOW + 1);
                while (windowEnd < last && tokens.get(windowEnd - 1).capitalised()) windowEnd++;
                modelNamesIn(text, tokens, used, places, mentions, from, windowEnd, roles.saysWhoDoesWhat(s[0]));
            }
        }
    }

    private static final int WINDOW = 6;

    /** Words after which a capitalised word is likely an organisation: "samen met X", "door X", "X, Y". */
    private static final Set<String> PARTY_CONTEXT = Set.of("met", "door", "bij", "van", "en", "namens", "via",
            "aan", "zoals", "tussen", "voor", "op", "uit", "dat", "zijn", "is", "heeft", "hebben");

    /** A capitalised word in a list or after a preposition; not one of a heading's title-cased words. */
    private static boolean partyContext(NameToken previous, NameToken word) {
        String gap = word.gapBefore();
        return gap.contains(",") || gap.contains("(") || PARTY_CONTEXT.contains(previous.key());
    }

    private void modelNamesIn(String text, List<NameToken> tokens, boolean[] used, boolean[] places,
                              List<Mention> mentions, int first, int last, boolean roleSentence) {
        int base = tokens.get(first).start();
        String window = text.substring(base, tokens.get(last - 1).end());
        for (OrganisationNameFinder.Found f : nameFinder.find(window, nameFinderThreshold)) {
            int start = base + f.start();
            int end = base + f.end();
            int from = -1;
            int to = -1;
            boolean clash = false;
            for (int k = first; k < last; k++) {
                NameToken tk = tokens.get(k);
                if (tk.end() <= start || tk.start() >= end) continue;
                if (from < 0) from = k;
                to = k + 1;
                clash |= used[k];
            }
            if (from < 0 || clash || !plausibleName(tokens, from, to)) continue;
            String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
            PartyType type = kinds.infer(name);
            if (!roleSentence && !looksLikeAnOrganisation(tokens, places, from, to, type)) continue;
            Organisation org = gazetteer.lookup(name).or(() -> gazetteer.lookup(normalise(name))).orElseGet(() -> new Organisation(normalise(name), type));
            mentions.add(mention(tokens, from, to, org, used));
        }
    }

    /**
     * Outside sentences that say who does what, the model's guess must also look like an organisation: a
     * kind word in it ("Kraamzorg Zuid" is not, "Welzijn Lelystad" is), a place in it ("Vriendendiensten
     * Deventer"), or one word in capitals (an abbreviation). This keeps people ("Hans Everhard") and
     * programme titles ("Gezonde School") out.
     */
    private static boolean looksLikeAnOrganisation(List<NameToken> tokens, boolean[] places, int from, int to,
                                                   PartyType inferred) {
        if (inferred != PartyType.OVERIG) return true;
        if (to - from == 1) return tokens.get(from).acronymLike();
        for (int k = from; k < to; k++) if (places[k]) return true;
        return false;
    }

    /** Not a sector word, not a lone place, starting with a capital (after an article). */
    private boolean plausibleName(List<NameToken> tokens, int from, int to) {
        int start = ARTICLES.contains(tokens.get(from).key()) && to - from > 1 ? from + 1 : from;
        if (!tokens.get(start).capitalised() && !tokens.get(start).acronymLike()) return false;
        boolean content = false;
        StringBuilder key = new StringBuilder();
        for (int k = start; k < to; k++) {
            content |= !kinds.notName(tokens.get(k).key());
            key.append(k > start ? " " : "").append(tokens.get(k).key());
        }
        // "Passende Zorg", "Maatschappelijke Opvang": a title-cased theme or service, not an organisation
        if (!content || kinds.notName(key.toString()) || kinds.notName(tokens.get(to - 1).key())) return false;
        PartyGazetteer.Hit place = gazetteer.longestAt(tokens, start);
        return place == null || place.entry().kind() == PartyGazetteer.Kind.ORGANISATION || place.to() < to;
    }

    /** Words that may stand between the parties of one list: "X, Y en de Z". */
    private static final java.util.regex.Pattern LIST_GAP =
            java.util.regex.Pattern.compile("[\\s,;|/&]*(?:\\b(?:en|of)\\b)?[\\s,]*(?:\\b(?:de|het)\\b)?\\s*");

    /** Where a NEXT cue stops: the end of the first party after it and of the parties listed with that one. */
    private int reach(RoleCues.Cue cue, List<Mention> sorted, String text) {
        int reach = -1;
        for (Mention m : sorted) {
            if (m.start() < cue.end()) continue;
            if (reach >= 0 && !LIST_GAP.matcher(text.substring(reach, m.start())).matches()) break;
            reach = m.end();
        }
        return reach;
    }

    private List<PartyMatch> withRoles(List<Mention> mentions, Roles roles) {
        mentions.sort(Comparator.comparingInt(Mention::start));
        Map<String, PartyMatch> byName = new LinkedHashMap<>();
        for (Mention m : mentions) {
            PartyMatch match = new PartyMatch(m.name(), m.organisation().name(), m.organisation().type().code(),
                    roles.of(m, mentions));
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

    /** A word at the start of a line or after a bullet: capitalised by layout, not because it is a name. */
    private static boolean startsLine(NameToken t) {
        String gap = t.gapBefore();
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n' || c == '•' || c == '\uF0B7' || c == 'Å' || c == ':' || c == '|') return true;
        }
        return false;
    }

    private static Mention mention(List<NameToken> tokens, int from, int to, Organisation org, boolean[] used) {
        for (int k = from; k < to; k++) used[k] = true;
        StringBuilder name = new StringBuilder(tokens.get(from).raw());
        for (int k = from + 1; k < to; k++) name.append(tokens.get(k).gapBefore()).append(tokens.get(k).raw());
        return new Mention(tokens.get(from).start(), tokens.get(to - 1).end(),
                name.toString().replaceAll("\\s+", " "), org);
    }

    /** Sentence spans [start, end) of the text: ends at . ! ? ; before a space, and at blank lines. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                    || c == '\n' && blankLineFollows(text, i);
            if (end) {
                out.add(new int[]{start, i + 1});
                start = i + 1;
            }
        }
        if (start < n) out.add(new int[]{start, n});
        return out;
    }

    private static boolean blankLineFollows(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    private static int[] sentenceOf(List<int[]> sentences, int offset) {
        for (int[] s : sentences) if (offset >= s[0] && offset < s[1]) return s;
        return new int[]{offset, offset};
    }

    /** One spelling for a name found by pattern or model: spaces, footnote digits, article and adjective settled. */
    static String normalise(String name) {
        // a footnote number glued to the last word by the PDF: "Positief Gezond Almere6"
        String s = name.replaceAll("\\s+", " ").strip().replaceAll("(?<=\\p{Ll})\\d+$", "");
        if (s.startsWith("de ") || s.startsWith("het ")) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        // "Paramedische Platform Salland" and "Paramedisch Platform Salland" are one platform
        return s.replaceAll("(\\p{L}+isch)e (?=\\p{Lu})", "$1 ");
    }
}
