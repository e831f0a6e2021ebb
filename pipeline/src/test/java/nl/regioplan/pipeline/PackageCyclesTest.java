package nl.regioplan.pipeline;

import org.junit.jupiter.api.Test;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No package of the project's main code reaches itself through its imports, in any module (the module READMEs
 * say what each package may import). Read from the sources of every module beside this one, as one graph:
 * index and index-api share package names.
 */
class PackageCyclesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** An import line or a fully qualified name in code: the package is what comes before the first capital. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(nl\\.regioplan(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void noPackageOfAnyModuleReachesItselfThroughItsImports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        List<String> modules = new ArrayList<>();
        try (Stream<Path> children = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path module : children.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) continue;
                modules.add(module.getFileName().toString());
                addImports(main, imports);
            }
        }
        assertThat(modules).contains("corpus", "extractors", "index-api", "index", "solr", "pipeline");
        assertThat(imports).containsKeys("nl.regioplan.extractors.text", "nl.regioplan.pipeline.ingest",
                "nl.regioplan.pipeline.source", "nl.regioplan.index.search");
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

    /** Package to the packages it refers to, from import lines and fully qualified names (comments left out). */
    private static void addImports(Path root, Map<String, Set<String>> imports) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) continue;
                String pkg = declared.group(1);
                Set<String> targets = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(code);
                while (m.find()) if (!m.group(1).equals(pkg)) targets.add(m.group(1));
            }
        }
    }
}
