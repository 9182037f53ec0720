package clxs.cli;

import clxs.databricks.CredentialSafeLogging;
import clxs.databricks.Secret;
import clxs.databricks.WorkspaceConfigException;
import clxs.engine.CatalogRefusedException;
import clxs.settings.InvalidDefinitionException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code clxs} command line and maps every outcome to an exit code: 0 done,
 * 1 the run failed, 2 bad input (a message naming what is wrong; nothing executed).
 */
public final class Cli {

    private Cli() {}

    public static void main(String... args) {
        System.exit(run(args));
    }

    static {
        // before anything logs: the SDK's and the driver's HTTP loggers held at INFO, output scrubbed of credentials
        CredentialSafeLogging.install();
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The command line with its handlers, writing to {@code out} and {@code err} (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = withHandlers(new CommandLine(new ClxsCommand()), out, err);
        // SQL may start with a comment ("-- top customers"): an argument that looks like an unknown option is the query
        cl.getSubcommands().get("query").setUnmatchedOptionsArePositionalParams(true);
        return cl;
    }

    /**
     * Runs a recipe's picocli command with the CLI's handlers and exit codes (bad input is a one-line
     * message and exit 2, not a stack trace): {@code System.exit(Cli.recipe(new quick_demo(), args))}.
     */
    public static int recipe(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        CommandSpec spec = cl.getCommandSpec();
        // a recipe's --version says what it is and which clxs runs it
        if (spec.version().length == 0) {
            List<String> version = new ArrayList<>();
            version.add(spec.name() + " (a clxs recipe): " + UsageHelp.summary(spec));
            version.addAll(List.of(new VersionProvider().getVersion()));
            spec.version(version.toArray(String[]::new));
        }
        return withHandlers(cl, new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    private static CommandLine withHandlers(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine sub = ex.getCommandLine();
            sub.getErr().println(prefix(sub) + Secret.scrub(message(ex)));
            // "Did you mean: clxs demo?" for a mistyped command, "Possible solutions: --scale" for a mistyped option
            UnmatchedArgumentException.printSuggestions(ex, sub.getErr());
            sub.getErr().println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        // every message goes through the one redaction of credentials (Secret.scrub): a server may echo a token into any of them
        cl.setExecutionExceptionHandler((ex, sub, parseResult) -> {
            if (ex instanceof InvalidDefinitionException bad) {
                sub.getErr().println(prefix(sub) + "invalid " + DefinitionOptions.describeField(bad.field()) + ": " + Secret.scrub(bad.problem()));
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof WorkspaceConfigException w) {
                sub.getErr().println(prefix(sub) + Secret.scrub(w.getMessage()) + WorkspaceOptions.flagHint(w.setting()));
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof BadInputException || ex instanceof IllegalArgumentException || ex instanceof CatalogRefusedException) {
                sub.getErr().println(prefix(sub) + Secret.scrub(ex.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            sub.getErr().println(prefix(sub) + Secret.scrub(describe(ex)));
            return ExitCodes.RUN_FAILED;
        });
        return UsageHelp.apply(cl);
    }

    /** Picocli's message, except that an unknown word where a command was expected says so. */
    private static String message(CommandLine.ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u && !u.isUnknownOption() && !ex.getCommandLine().getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
            return "'" + u.getUnmatched().get(0) + "' is not a command of " + ex.getCommandLine().getCommandSpec().qualifiedName();
        }
        return ex.getMessage();
    }

    /** An unexpected failure in words: its message, and the exception's kind only when there is no message. */
    private static String describe(Throwable ex) {
        Throwable cause = ex instanceof java.io.UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String m = cause.getMessage();
        if (m == null || m.isBlank()) return cause.getClass().getSimpleName();
        // a file error's message is often just the path: say what kind of error it was
        return cause instanceof java.io.IOException ? "file error: " + m + " (" + cause.getClass().getSimpleName() + ")" : m;
    }

    /** {@code clxs: } for the CLI and its subcommands, {@code <recipe>: } for a recipe. */
    private static String prefix(CommandLine sub) {
        CommandLine root = sub;
        while (root.getParent() != null) root = root.getParent();
        return root.getCommandName() + ": ";
    }
}
