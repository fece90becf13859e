package dev.fineline.cli;

import dev.fineline.format.InvalidFileException;
import dev.fineline.rules.InvalidRulesException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy} command line: judge situation files, run scenario files, validate custom rule
 * files and list the rules in force.
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Decides what is allowed between work and personal social media.",
        subcommands = {CheckCommand.class, TestCommand.class, ValidateCommand.class, RulesCommand.class, ServeCommand.class,
            LogCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:judged, validated or all scenarios passed",
            " 1:a --fail-on threshold was reached, scenarios failed, or replayed decisions differ",
            " 2:bad input or usage: unreadable or invalid files, rules that do not compile",
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

    /** What {@code -} reads: standard input, or the stream a caller of {@link #run} gave. */
    private final InputStream stdin;

    private PolicyCli(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The stream a file argument of {@code -} stands for. */
    InputStream stdin() {
        return stdin;
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            // A little heap held back, so that running out of memory can still be reported in words.
            reserve = new byte[RESERVE_BYTES];
            code = run(out, err, args);
        } catch (Throwable e) { // NOPMD: even a failure to report a failure ends as exit code 3, not the JVM's 1
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Heap released when the JVM runs out of it, to report that in one line. */
    private static final int RESERVE_BYTES = 4 * 1024 * 1024;
    private static volatile byte[] reserve;

    /**
     * Runs the command line without exiting, for embedding and tests.
     *
     * @param out  where results go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /**
     * Runs the command line without exiting, reading {@code -} from a stream of your own. Whatever goes
     * wrong, the result is an exit code and lines on {@code err}, never a stack trace: bad input is 2,
     * and anything unexpected, even an {@link Error} such as running out of memory, is 3 with one line.
     *
     * @param in   what a file argument of {@code -} reads
     * @param out  where results go
     * @param err  where errors go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        try {
            return execute(in, out, err, args);
        } catch (Throwable e) { // NOPMD: the one place where anything at all becomes exit code 3
            reserve = null;
            try {
                out.flush();
                err.println("policy: internal error: " + describe(e));
                err.flush();
            } catch (Throwable again) { // NOPMD: nothing more can be said; the exit code still says it
                // fall through
            }
            return INTERNAL;
        }
    }

    /** An unexpected failure in one line, without class names where plain words exist. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more heap (-Xmx) or judge fewer or smaller files";
        }
        if (e instanceof StackOverflowError) {
            return "out of stack";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().strip().split("\\R", 2)[0];
        return (message.isEmpty() ? "an unexpected failure" : message) + " (a bug in Fineline; please report it)";
    }

    private static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PolicyCli(in));
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
            if (e instanceof InvalidRulesException || e instanceof BadInputException || e instanceof IllegalArgumentException
                    || e instanceof InvalidFileException) {
                err.println("policy: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("policy: internal error: " + describe(e));
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
