package nl.regioplan.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regioplan} command line: one subcommand per job; every option has a default. */
@Command(name = "regioplan", mixinStandardHelpOptions = true, versionProvider = RegioplanCommand.Version.class,
        description = "Search, extract and compare the Dutch IZA regioplannen.",
        subcommands = {
                IngestCommand.class,
                WorkerCommand.class,
                StatusCommand.class,
                DocumentsCommand.class,
                DemoCommand.class,
                SearchCommand.class,
                RemoveCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                ExportCommand.class,
                ThemesCommand.class,
                TraceCommand.class,
                CompareCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class
        })
public final class RegioplanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lucene reports its vector setup through java.util.logging (a warning without the incubator module, which
     * only vector search needs): not news for a user of a text index. Held here so the levels are not collected;
     * set when the class loads, so a command run in-process (as the tests run them) is as quiet as the launcher's.
     */
    private static final java.util.logging.Logger ROOT_LOG = java.util.logging.Logger.getLogger("");
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        ROOT_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs one command line; user errors print one clear line, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RegioplanCommand());
        withHelpOptions(cli);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("regioplan: " + UserErrors.describe(e));
            if (Boolean.getBoolean("regioplan.debug")) e.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cli.execute(args);
    }

    /** Every command and subcommand takes -h/--help, including ones added later without saying so. */
    private static void withHelpOptions(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        if (spec.findOption("--help") == null)
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        command.getSubcommands().values().forEach(RegioplanCommand::withHelpOptions);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RegioplanCommand.class.getPackage().getImplementationVersion();
            return new String[]{"regioplan " + (v == null ? "0.1.0-SNAPSHOT" : v),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
