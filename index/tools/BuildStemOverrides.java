import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Builds the entries of index-api/src/main/resources/nl/regioplan/index/analysis/stem-overrides.txt.
 *
 * <p>Run with Lucene's analysis-common jar on the class path:
 * {@code java -cp lucene-analysis-common.jar index/tools/BuildStemOverrides.java CORPUS_TEXT_DIR OPENTAAL_WORDLIST}
 *
 * <p>Snowball's Dutch stemmer gives some plurals another stem than their singular (artsen/arts,
 * ziekenhuizen/ziekenhuis, regioplannen/regioplan, mogelijkheden/mogelijkheid). For every plural that
 * OpenTaal lists together with its singular (by the regular Dutch plural rules below), where one of the two
 * occurs in the corpus text and Snowball disagrees, this prints "plural TAB stem of the singular".
 */
public class BuildStemOverrides {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public static void main(String[] args) throws IOException {
        Set<String> corpus = new HashSet<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path file : files.toList()) {
                Matcher words = WORD.matcher(fold(Files.readString(file, StandardCharsets.UTF_8)));
                while (words.find()) {
                    corpus.add(words.group());
                }
            }
        }
        Set<String> listed = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String word = fold(line.strip());
            if (word.chars().allMatch(Character::isLetter)) {
                listed.add(word);
            }
        }
        Map<String, Set<String>> singulars = new HashMap<>();
        for (String singular : listed) {
            for (String plural : plurals(singular)) {
                if (listed.contains(plural) && (corpus.contains(plural) || corpus.contains(singular))) {
                    singulars.computeIfAbsent(plural, p -> new HashSet<>()).add(singular);
                }
            }
        }
        Map<String, String> overrides = new TreeMap<>();
        singulars.forEach((plural, candidates) -> {
            if (candidates.size() == 1) {
                String stem = stem(candidates.iterator().next());
                if (!stem.equals(stem(plural))) {
                    overrides.put(plural, stem);
                }
            }
        });
        overrides.forEach((plural, stem) -> System.out.println(plural + "\t" + stem));
    }

    /** Regular Dutch plurals: -en, doubled consonant + en, s/z and f/v alternation, -heid/-heden, -e/-en. */
    static Set<String> plurals(String singular) {
        Set<String> plurals = new HashSet<>();
        int n = singular.length();
        if (n < 4) {
            return plurals;
        }
        char last = singular.charAt(n - 1);
        boolean vowelLast = "aeiouy".indexOf(last) >= 0;
        if (!vowelLast) {
            plurals.add(singular + "en");
            plurals.add(singular + last + "en");
        } else if (last == 'e' && "aeiouy".indexOf(singular.charAt(n - 2)) < 0) {
            // not after a vowel: "allee" + n is "alleen" (alone), "aanzie" + n is "aanzien"
            plurals.add(singular + "n");
        }
        if (singular.endsWith("heid")) {
            plurals.add(singular.substring(0, n - 4) + "heden");
        } else if (last == 's') {
            plurals.add(singular.substring(0, n - 1) + "zen");
        } else if (last == 'f' && n >= 5) {
            plurals.add(singular.substring(0, n - 1) + "ven");
        }
        // Long vowel before a final consonant is written single in the plural: afspraak, afspraken.
        if (n >= 5 && !vowelLast && singular.charAt(n - 2) == singular.charAt(n - 3)
                && "aeou".indexOf(singular.charAt(n - 2)) >= 0) {
            plurals.add(singular.substring(0, n - 2) + last + "en");
        }
        return plurals;
    }

    static String stem(String word) {
        DutchStemmer stemmer = new DutchStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
