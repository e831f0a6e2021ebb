package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ./regioplan} example in README.md, run as written in one working folder after the set-up command
 * {@code ./regioplan demo}, each in a JVM of its own with that folder as its working directory (so ./data and the
 * relative paths mean what they mean to a user), in README order; each must exit 0.
 */
class ReadmeExamplesTest {
    /** Inline code and indented code lines that run the launcher. */
    private static final Pattern INLINE = Pattern.compile("`(\\./regioplan [^`]+)`");
    private static final Pattern BLOCK = Pattern.compile("^ {4}(?:[A-Z_]+=\\S+ )*(\\./regioplan .+?)\\s*(?:#.*)?$");

    /** Examples not run here, and why. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "./regioplan serve", "runs until Ctrl-C; ServeCommandTest starts it and stops it",
            "./regioplan bench", "a benchmark over the shared corpus takes minutes; its figures are read by hand",
            "./regioplan demo", "the set-up command, run first",
            "./regioplan ingest --queue", "needs a Kafka broker: QueueIngestTest publishes to one",
            "./regioplan worker", "needs a Kafka broker: QueueIngestTest and queue-it run workers");
    /** Run after the others, because they change what the others read. */
    private static final List<String> LAST = List.of("./regioplan remove");

    @TempDir
    Path tmp;

    @Test
    void everyReadmeExampleRunsAsWrittenAfterTheDemo() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("checkout"));
        Path shared = Path.of(System.getProperty("regioplan.shared", "../shared")).toAbsolutePath();
        boolean haveShared = Files.isDirectory(shared);
        if (haveShared) Files.createSymbolicLink(tmp.resolve("shared"), shared); // ../shared, beside the checkout

        List<String> examples = examples(Files.readString(readme()));
        assertThat(examples).as("examples found in README.md").hasSizeGreaterThan(15);
        run(work, "./regioplan demo");

        List<String> ran = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        for (String example : examples) {
            String skip = NOT_RUN.entrySet().stream().filter(e -> example.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (skip == null && example.contains("../shared") && !haveShared) skip = shared + " is not here";
            if (skip != null) {
                System.out.println("not run: " + example + " (" + skip + ")");
            } else if (LAST.stream().anyMatch(example::startsWith)) {
                deferred.add(example);
            } else {
                run(work, example);
                ran.add(example);
            }
        }
        for (String example : deferred) {
            run(work, example);
            ran.add(example);
        }
        System.out.println("ran " + ran.size() + " README examples");
        assertThat(ran).anyMatch(e -> e.startsWith("./regioplan search")).anyMatch(e -> e.startsWith("./regioplan export"))
                .anyMatch(e -> e.startsWith("./regioplan compare")).anyMatch(e -> e.startsWith("./regioplan extract"));
        if (haveShared) assertThat(ran).anyMatch(e -> e.startsWith("./regioplan eval"));
    }

    /** In README order, each once. */
    static List<String> examples(String readme) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (String line : readme.split("\n")) {
            Matcher block = BLOCK.matcher(line);
            if (block.matches()) {
                found.put(block.group(1).strip(), true);
                continue;
            }
            Matcher inline = INLINE.matcher(line);
            while (inline.find()) found.put(inline.group(1).strip(), true);
        }
        return List.copyOf(found.keySet());
    }

    private static void run(Path work, String example) throws Exception {
        List<String> words = words(example);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), RegioplanCommand.class.getName()));
        command.addAll(words.subList(1, words.size()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().remove("REGIOPLAN_DATA");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(example).isTrue();
        assertThat(process.exitValue()).as(example + "\n" + new String(output, StandardCharsets.UTF_8)).isZero();
    }

    /** Shell words: blanks separate, single and double quotes group (the README uses nothing else). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path readme = dir.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("pipeline"))) return readme;
        }
        throw new IllegalStateException("README.md of the project not found above " + Path.of("").toAbsolutePath());
    }
}
