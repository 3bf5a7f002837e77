package dk.erfaringsgraf.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code erfaringsgraf} command line: one subcommand per pipeline job. */
@Command(name = "erfaringsgraf", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Erfaringsgraf turns lessons-learned reports (erfaringsopsamlinger) into a graph of attributed findings.",
            "",
            "Without --corpus, every command works on the bundled Corona-crisis corpus (Sorø Kommune, KL, "
                    + "Kommunaldirektørforeningen, Norddjurs Kommune)."},
        subcommands = {ExtractCommand.class, LoadCommand.class, QueryCommand.class, AnalyzeCommand.class, ExportCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given output and error streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(Main::badParameters)
                .execute(args);
    }

    /** Bad options: the problem in one line and where help is, without the whole usage text. */
    private static int badParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
cmd.getErr().println("erfaringsgraf: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        cmd.getErr().flush();
        return ErrorHandler.BAD_INPUT;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"erfaringsgraf " + (v == null ? "development" : v)};
        }
    }
}
