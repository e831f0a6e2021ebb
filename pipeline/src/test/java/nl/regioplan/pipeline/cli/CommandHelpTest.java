package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user types first: {@code --help} or {@code -h} on any command, and a help text that reads whole. */
class CommandHelpTest {

    @Test
    void everyCommandAndSubcommandAnswersHelpWithItsUsageAndExitZero() {
        List<List<String>> commands = commandPaths();
        assertThat(commands).extracting(c -> String.join(" ", c))
                .contains("ingest", "status", "demo", "search", "remove", "extract", "eval", "bench", "bench ingest",
                        "bench search", "export", "themes", "trace", "compare", "serve", "documents");
        for (List<String> command : commands) {
            for (String flag : List.of("--help", "-h")) {
                String[] args = Stream.concat(command.stream(), Stream.of(flag)).toArray(String[]::new);
                CommandRun run = CommandRun.of(args);
                String line = String.join(" ", args);
                assertThat(run.exitCode()).as(line + "\n" + run.err()).isZero();
                assertThat(run.text()).as(line).startsWith("Usage: regioplan " + String.join(" ", command));
                assertThat(run.err()).as(line).isEmpty();
            }
        }
    }

    @Test
    void summariesInTheCommandListAreWholeSentences() {
        for (List<String> command : commandPaths()) {
            CommandLine.Model.CommandSpec spec = find(command).getCommandSpec();
            String[] description = spec.usageMessage().description();
            assertThat(description).as(String.join(" ", command) + " has a description").isNotEmpty();
            for (String paragraph : description) {
                // Each element is printed as its own line: one ending in a comma or a colon breaks a sentence.
                assertThat(paragraph.strip()).as(String.join(" ", command) + ": " + paragraph).matches("(?s).*[.)]$");
            }
        }
    }

    @Test
    void searchHelpDocumentsTheSectionFieldAndYearRanges() {
        String help = CommandRun.of("search", "--help").text();
        assertThat(help).contains("section:").contains("year:[2025 TO 2030]");
    }

    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new RegioplanCommand()), List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) return;
            List<String> subPath = Stream.concat(path.stream(), Stream.of(name)).toList();
            paths.add(subPath);
            collect(sub, subPath, paths);
        });
    }

    private static CommandLine find(List<String> path) {
        CommandLine command = new CommandLine(new RegioplanCommand());
        for (String name : path) command = command.getSubcommands().get(name);
        return command;
    }
}
