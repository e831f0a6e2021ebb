package nl.regioplan.extractors.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioplan.corpus.region.CareRegion;
import nl.regioplan.corpus.region.Municipality;
import nl.regioplan.corpus.region.NameKey;
import nl.regioplan.corpus.region.RegionCatalog;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;

/**
 * Decides which IZA care region a document is about: the manifest's region when it gives one; else a region
 * the title names ("Regioplan Midden-IJssel 2023"), or the region of a municipality the title names; else the
 * region whose municipalities (and own name) the text names most, if that is enough evidence: at least
 * {@link #MIN_EVIDENCE} mentions of {@link #MIN_DISTINCT_PLACES} different places (or one place named
 * {@link #MIN_EVIDENCE_ONE_PLACE} times), dense enough for the
 * text's length, and clearly more than the next region. Thread-safe.
 */
public final class RegionResolver {
    /** Fewer place mentions than this say too little about a document's region. */
    public static final int MIN_EVIDENCE = 3;
    /** The winner needs this many times the runner-up's evidence, or the text is about several regions. */
    public static final double MIN_LEAD = 1.5;
    /** Two different place names at least, unless one is named often: a name repeated a few times is often a letterhead ("Den Haag"). */
    public static final int MIN_DISTINCT_PLACES = 2;
    public static final int MIN_EVIDENCE_ONE_PLACE = 10;
    /** At least one place mention per this many characters: a long national text naming a town thrice is not about it. */
    public static final int MAX_CHARS_PER_MENTION = 5000;
    /** A region's own name ("regio Twente") says more than one of its municipalities. */
    static final int REGION_NAME_WEIGHT = 2;

    private static final Pattern WORD = Pattern.compile("['’]s|[\\p{L}\\p{N}]+");

    private record Place(List<String> keys, CareRegion region, boolean regionName) {
    }

    private final RegionCatalog catalog;
    /** Places by their first word's key, longest first. */
    private final Map<String, List<Place>> byFirstWord = new HashMap<>();

    public RegionResolver(RegionCatalog catalog) {
        this.catalog = catalog;
        catalog.municipalityKeys().forEach((key, m) ->
                catalog.careRegionOf(m).ifPresent(r -> add(key, r, false)));
        catalog.careRegionKeys().forEach((key, r) -> add(key, r, true));
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Place p) -> p.keys().size()).reversed()));
    }

    public static RegionResolver loadDefault() {
        return new RegionResolver(RegionCatalog.loadDefault());
    }

    private void add(String key, CareRegion region, boolean regionName) {
        List<String> words = words(key);
        if (words.isEmpty()) return;
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Place(words, region, regionName));
    }

    public Optional<ResolvedRegion> resolve(String manifestRegion, String title, DocumentText text) {
        return resolve(manifestRegion, title, text == null ? null : plain(text));
    }

    public Optional<ResolvedRegion> resolve(String manifestRegion, String title, String text) {
        if (manifestRegion != null && !manifestRegion.isBlank()) {
            String name = catalog.careRegion(manifestRegion).map(CareRegion::name).orElse(manifestRegion.strip());
            return Optional.of(new ResolvedRegion(name, "manifest", 0));
        }
        boolean hasText = text != null && !text.isBlank();
        if (title != null && !title.isBlank()) {
            Optional<CareRegion> named = inTitle(title);
            if (named.isPresent()) {
                // a title left over from another plan's template ("Netwerk Palliatieve Zorg Zaanstreek Waterland"
                // over a plan that names only Almere): text that never names the title's region, and clearly names
                // another, wins
                List<Mention> inText = hasText ? mentions(text) : List.of();
                if (inText.stream().noneMatch(m -> m.place().region().equals(named.get()))) {
                    Optional<ResolvedRegion> byText = fromText(inText, text);
                    if (byText.isPresent() && !byText.get().region().equals(named.get().name())) return byText;
                }
                return Optional.of(new ResolvedRegion(named.get().name(), "title", 0));
            }
        }
        return hasText ? fromText(mentions(text), text) : Optional.empty();
    }

    /** A region the title names, else the region of the first municipality it names. */
    private Optional<CareRegion> inTitle(String title) {
        CareRegion municipalityRegion = null;
        for (Mention m : mentions(title)) {
            if (m.place().regionName()) return Optional.of(m.place().region());
            if (municipalityRegion == null) municipalityRegion = m.place().region();
        }
        return Optional.ofNullable(municipalityRegion);
    }

    /** The region the text's place names (found once, by {@link #mentions}) point to clearly enough, if any. */
    private Optional<ResolvedRegion> fromText(List<Mention> inText, String text) {
        Map<CareRegion, Integer> evidence = new HashMap<>();
        Map<CareRegion, java.util.Set<Place>> distinct = new HashMap<>();
        for (Mention m : inText) {
            evidence.merge(m.place().region(), m.place().regionName() ? REGION_NAME_WEIGHT : 1, Integer::sum);
            distinct.computeIfAbsent(m.place().region(), k -> new java.util.HashSet<>()).add(m.place());
        }
        List<Map.Entry<CareRegion, Integer>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort(Map.Entry.<CareRegion, Integer>comparingByValue().reversed());
        if (ranked.isEmpty()) return Optional.empty();
        CareRegion best = ranked.get(0).getKey();
        int score = ranked.get(0).getValue();
        boolean enoughPlaces = distinct.get(best).size() >= MIN_DISTINCT_PLACES || score >= MIN_EVIDENCE_ONE_PLACE;
        if (score < MIN_EVIDENCE || !enoughPlaces || (long) score * MAX_CHARS_PER_MENTION < text.length())
            return Optional.empty();
        if (ranked.size() > 1 && score < MIN_LEAD * ranked.get(1).getValue()) return Optional.empty();
        return Optional.of(new ResolvedRegion(best.name(), "text", score));
    }

    private record Mention(Place place, int start) {
    }

    /** Place names in the text, longest first at each word; a name must start with a capital as written. */
    private List<Mention> mentions(String text) {
        List<String> raw = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            raw.add(m.group());
            starts.add(m.start());
        }
        List<String> keys = new ArrayList<>(raw.size());
        for (String w : raw) keys.add(NameKey.of(w));
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < keys.size(); ) {
            Place found = null;
            char first = raw.get(i).charAt(0);
            if (Character.isUpperCase(first) || first == '\'' || first == '’') {
                for (Place p : byFirstWord.getOrDefault(keys.get(i), List.of())) {
                    if (matches(p.keys(), keys, i)) {
                        found = p;
                        break;
                    }
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            mentions.add(new Mention(found, starts.get(i)));
            i += found.keys().size();
        }
        return mentions;
    }

    private static boolean matches(List<String> place, List<String> words, int at) {
        if (at + place.size() > words.size()) return false;
        for (int k = 0; k < place.size(); k++) if (!place.get(k).equals(words.get(at + k))) return false;
        return true;
    }

    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(key);
        while (m.find()) words.add(NameKey.of(m.group()));
        return words;
    }

    private static String plain(DocumentText text) {
        StringBuilder sb = new StringBuilder();
        for (PageText p : text.pages()) sb.append(p.text()).append("\n\n");
        return sb.toString();
    }
}
