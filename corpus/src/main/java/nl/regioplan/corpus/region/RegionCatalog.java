package nl.regioplan.corpus.region;

import nl.regioplan.corpus.table.DataTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Dutch municipalities, their provinces and the IZA care regions, looked up by any common spelling of a
 * name (see {@link NameKey}) or by an alias from {@code aliases.csv}. Immutable and thread-safe.
 */
public final class RegionCatalog {
    private static final String BASE = "/nl/regioplan/corpus/region/";

    private final List<Municipality> municipalities;
    private final List<CareRegion> careRegions;
    private final Map<String, Municipality> municipalityByKey = new HashMap<>();
    private final Map<String, CareRegion> regionByKey = new HashMap<>();
    private final Map<String, CareRegion> regionByMunicipality = new HashMap<>();
    private final Map<String, String> provinceByKey = new HashMap<>();

    private RegionCatalog(List<Municipality> municipalities, List<CareRegion> careRegions, List<String[]> aliases) {
        this.municipalities = List.copyOf(municipalities);
        this.careRegions = List.copyOf(careRegions);
        for (Municipality m : municipalities) {
            municipalityByKey.put(NameKey.of(m.name()), m);
            provinceByKey.put(NameKey.of(m.province()), m.province());
        }
        for (CareRegion r : careRegions) {
            regionByKey.put(NameKey.of(r.name()), r);
            for (Municipality m : r.municipalities()) regionByMunicipality.put(m.name(), r);
        }
        for (String[] a : aliases) {
            String alias = NameKey.of(a[0]);
            String target = NameKey.of(a[1]);
            switch (a[2]) {
                case "municipality" -> municipalityByKey.put(alias, require(municipalityByKey, target, a));
                case "region" -> regionByKey.put(alias, require(regionByKey, target, a));
                case "province" -> provinceByKey.put(alias, require(provinceByKey, target, a));
                default -> throw new IllegalArgumentException("unknown alias kind: " + String.join(",", a));
            }
        }
    }

    private static <V> V require(Map<String, V> map, String key, String[] row) {
        V v = map.get(key);
        if (v == null) throw new IllegalArgumentException("alias points nowhere: " + String.join(",", row));
        return v;
    }

    private static final class Default {
        static final RegionCatalog INSTANCE = load();

        private static RegionCatalog load() {
            try (InputStream m = open("municipalities.csv"); InputStream r = open("care-regions.csv");
                 InputStream a = open("aliases.csv")) {
                return RegionCatalog.load(m, r, a);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream open(String name) {
            InputStream in = RegionCatalog.class.getResourceAsStream(BASE + name);
            if (in == null) throw new IllegalStateException("missing resource " + BASE + name);
            return in;
        }
    }

    /** The bundled catalog, read once. */
    public static RegionCatalog loadDefault() {
        return Default.INSTANCE;
    }

    /** A catalog from CSV streams in the layout of the bundled resources (UTF-8, '#' comments, one header). */
    public static RegionCatalog load(InputStream municipalitiesCsv, InputStream careRegionsCsv, InputStream aliasesCsv)
            throws IOException {
        Map<String, Municipality> byName = new LinkedHashMap<>();
        for (String[] row : DataTable.rows(municipalitiesCsv, ',', 2, "municipalities.csv")) byName.put(row[0], new Municipality(row[0], row[1]));
        Map<String, List<Municipality>> members = new LinkedHashMap<>();
        Map<String, String> certainty = new HashMap<>();
        for (String[] row : DataTable.rows(careRegionsCsv, ',', 3, "care-regions.csv")) {
            Municipality m = byName.get(row[1]);
            if (m == null) throw new IllegalArgumentException("care region names unknown municipality: " + row[1]);
            members.computeIfAbsent(row[0], k -> new ArrayList<>()).add(m);
            certainty.merge(row[0], row[2], (a, b) -> a.equals(b) ? a : "best-effort");
        }
        List<CareRegion> regions = new ArrayList<>();
        members.forEach((name, ms) -> regions.add(new CareRegion(name, ms, certainty.get(name))));
        return new RegionCatalog(new ArrayList<>(byName.values()), regions, DataTable.rows(aliasesCsv, ',', 3, "aliases.csv"));
    }


    public List<Municipality> municipalities() {
        return municipalities;
    }

    public List<CareRegion> careRegions() {
        return careRegions;
    }

    public Collection<String> provinces() {
        TreeSet<String> names = new TreeSet<>();
        for (Municipality m : municipalities) names.add(m.province());
        return List.copyOf(names);
    }

    /** The municipality of that name or alias, in any common spelling ("Olst Wijhe", "Den Bosch"). */
    public Optional<Municipality> municipality(String name) {
        return Optional.ofNullable(municipalityByKey.get(NameKey.of(name)));
    }

    /** The care region of that name or alias ("Midden-IJssel", "midden ijssel", "Het Gooi"). */
    public Optional<CareRegion> careRegion(String name) {
        return Optional.ofNullable(regionByKey.get(NameKey.of(name)));
    }

    /** The province of that name or alias, as the catalog spells it ("Friesland" gives "Fryslân"). */
    public Optional<String> province(String name) {
        return Optional.ofNullable(provinceByKey.get(NameKey.of(name)));
    }

    public Optional<CareRegion> careRegionOf(Municipality municipality) {
        return Optional.ofNullable(regionByMunicipality.get(municipality.name()));
    }

    /** Every spelling key that names a municipality, with the municipality: for gazetteers built on the catalog. */
    public Map<String, Municipality> municipalityKeys() {
        return Map.copyOf(municipalityByKey);
    }

    /** Every spelling key that names a province, with the province as the catalog spells it. */
    public Map<String, String> provinceKeys() {
        return Map.copyOf(provinceByKey);
    }

    /** Every spelling key that names a care region, with the region. */
    public Map<String, CareRegion> careRegionKeys() {
        return Map.copyOf(regionByKey);
    }
}
