package clxs.cli;

import clxs.InvalidDefinitionException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the {@code clxs} command line and maps every outcome to an exit code: 0 done,
 * 1 the run failed, 2 bad input (a message naming what is wrong; nothing executed).
 */
public final class Cli {

    private Cli() {}

    public static void main(String... args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The command line with its handlers, writing to {@code out} and {@code err} (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ClxsCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine sub = ex.getCommandLine();
            sub.getErr().println("clxs: " + ex.getMessage());
            sub.getErr().println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, sub, parseResult) -> {
            if (ex instanceof InvalidDefinitionException bad) {
                sub.getErr().println("clxs: invalid " + DefinitionOptions.describeField(bad.field()) + ": " + bad.problem());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof BadInputException bad) {
                sub.getErr().println("clxs: " + bad.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException bad) {
                sub.getErr().println("clxs: " + bad.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            sub.getErr().println("clxs: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return ExitCodes.RUN_FAILED;
        });
        return cl;
    }
}
