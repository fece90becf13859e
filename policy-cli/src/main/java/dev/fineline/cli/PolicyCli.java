package dev.fineline.cli;

import dev.fineline.content.InvalidLexiconException;
import dev.fineline.format.InvalidFileException;
import dev.fineline.rules.InvalidRulesException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy} command line: judge situation files, run scenario files, validate custom rule
 * files, list the rules in force and show what is read in a text.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Decides what is allowed between work and personal social media.",
        subcommands = {CheckCommand.class, TestCommand.class, ValidateCommand.class, RulesCommand.class, ScanCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:judged, validated, scanned or all scenarios passed",
            " 1:a --fail-on threshold was reached, or scenarios failed",
            " 2:bad input or usage: unreadable or invalid files, rules that do not compile, malformed lexicons",
            " 3:internal error (a bug in Fineline; please report it)"})
public final class PolicyCli implements Runnable {

    /** Success. */
    static final int OK = 0;
    /** A threshold was reached or scenarios failed. */
    static final int FAILED = 1;
    /** Bad input or usage. */
    static final int BAD_INPUT = 2;
    /** A bug. */
    static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PolicyCli() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line without exiting, for embedding and tests.
     *
     * @param out  where results go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PolicyCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
        commandLine.setParameterExceptionHandler((e, a) -> {
            String message = e.getMessage() == null ? "bad usage" : e.getMessage();
            err.println("policy: " + Character.toLowerCase(message.charAt(0)) + message.substring(1));
            e.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof InvalidLexiconException lexicon) {
                lexicon.problems().forEach(p -> err.println("policy: " + p));
                return BAD_INPUT;
            }
            if (e instanceof InvalidRulesException || e instanceof BadInputException || e instanceof IllegalArgumentException
                    || e instanceof InvalidFileException) {
                err.println("policy: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("policy: internal error: " + e);
            return INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
