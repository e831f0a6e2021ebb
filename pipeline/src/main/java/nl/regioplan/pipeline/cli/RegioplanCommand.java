package nl.regioplan.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code regioplan} command line: one subcommand per job; every option has a default. */
@Command(name = "regioplan", mixinStandardHelpOptions = true, versionProvider = RegioplanCommand.Version.class,
        description = "Search, extract and compare the Dutch IZA regioplannen.",
        subcommands = {
                IngestCommand.class,
                StatusCommand.class,
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

    public static void main(String[] args) {
        // Lucene reports its vector setup through java.util.logging at INFO: not news for a user.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs one command line; user errors print one clear line, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RegioplanCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("regioplan: " + UserErrors.describe(e));
            if (Boolean.getBoolean("regioplan.debug")) e.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cli.execute(args);
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
