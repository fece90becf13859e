package dev.fineline.cli;

import dev.fineline.format.DecisionJson;
import dev.fineline.format.InvalidFileException;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Focus;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy check}: judges situation files. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Judge situation files (YAML or JSON) and print each decision with its findings.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Option(names = "--json", description = "print one JSON decision per file, one object per line")
    private boolean json;

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "exit 1 when a decision is at least this severe: WARN or FORBIDDEN")
    private Verdict failOn;

    @Option(names = "--focus", paramLabel = "ID",
            description = "judge the whole situation but report only the findings that concern this subject: "
                    + "a post, message, person, account, contact, request, monitoring or relationship id")
    private String focus;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "situation files, folders (every .yaml, .yml and .json file in them, in path order) "
                    + "or - for standard input")
    private List<String> files;

    @Override
    public Integer call() {
        if (failOn == Verdict.ALLOWED) {
            throw new BadInputException("--fail-on: expected WARN or FORBIDDEN, was \"ALLOWED\"");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = language.locale();
        EvaluationOptions options;
        try {
            options = EvaluationOptions.builder().locale(locale).focus(focus == null ? null : Focus.on(focus)).build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
        PolicyEngine engine = ruleOptions.engine();
        boolean badInput = false;
        boolean thresholdReached = false;
        for (String name : expand(err)) {
            if (name == null) {
                badInput = true;
                continue;
            }
            Decision decision;
            try {
                Situation situation = name.equals(STDIN)
                        ? SituationFiles.read(((PolicyCli) spec.parent().userObject()).stdin(), STDIN_NAME, engine)
                        : SituationFiles.read(Path.of(name), engine);
                decision = engine.evaluate(situation, options);
            } catch (InvalidFileException e) {
                err.println(e.getMessage());
                badInput = true;
                continue;
            } catch (IllegalArgumentException e) {
                err.println(shown(name) + ": " + e.getMessage());
                badInput = true;
                continue;
            }
            if (json) {
                out.println(DecisionJson.write(decision, shown(name), focus));
            } else {
                out.println(focus == null ? language.text("check.result", "file", shown(name), "decision", decision.describe(locale))
                        : language.text("check.focused", "file", shown(name), "id", focus, "decision", decision.describe(locale)));
            }
            if (failOn != null && decision.verdict().isAtLeast(failOn)) {
                thresholdReached = true;
            }
        }
        if (badInput) {
            return PolicyCli.BAD_INPUT;
        }
        return thresholdReached ? PolicyCli.FAILED : PolicyCli.OK;
    }

    /** The argument that stands for standard input. */
    static final String STDIN = "-";
    /** The name standard input goes by in output; read as YAML unless it starts with a brace. */
    static final String STDIN_NAME = "<stdin>";

    private static String shown(String name) {
        return name.equals(STDIN) ? STDIN_NAME : name;
    }

    /**
     * The files to judge: each argument, with a folder replaced by its situation files in path order; a
     * folder without any is reported and stands as a null.
     */
    private List<String> expand(PrintWriter err) {
        List<String> out = new ArrayList<>();
        for (String name : files) {
            Path path = name.equals(STDIN) ? null : Path.of(name);
            if (path == null || !Files.isDirectory(path)) {
                out.add(name);
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile).filter(CheckCommand::isSituationFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                found = List.of();
            }
            if (found.isEmpty()) {
                err.println(language.text("check.emptyFolder", "file", name));
                out.add(null);
            }
            found.forEach(f -> out.add(f.toString()));
        }
        return out;
    }

    private static boolean isSituationFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
