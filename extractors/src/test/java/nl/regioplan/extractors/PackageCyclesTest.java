package nl.regioplan.extractors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages of this module's main code import each other without cycles (README: what each may import). */
class PackageCyclesTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.regioplan\\.extractors\\.(\\w+)\\.",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("nl\\.regioplan\\.extractors\\.(\\w+)\\.[A-Z]");

    @Test
    void noPackageOfExtractorsReachesItselfThroughItsImports() throws IOException {
        Map<String, Set<String>> imports = imports(Path.of("src/main/java/nl/regioplan/extractors"));
        assertThat(imports).containsKeys("text", "layout", "ocr", "block", "party");
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            if (reaches(imports, start, start, new HashSet<>())) cycles.add(start);
        }
        assertThat(cycles).as("packages on an import cycle (imports: %s)", imports).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
        for (String next : imports.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (seen.add(next) && reaches(imports, next, target, seen)) return true;
        }
        return false;
    }

    /** Package to the packages it imports, from import lines and fully qualified names in code. */
    private static Map<String, Set<String>> imports(Path root) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) continue;
                Set<String> targets = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(code);
                    while (m.find()) if (!m.group(1).equals(pkg)) targets.add(m.group(1));
                }
            }
        }
        return imports;
    }
}
