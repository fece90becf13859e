package dev.fineline.cli;

import dev.fineline.format.DecisionJson;
import dev.fineline.format.InvalidFileException;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Focus;
import dev.fineline.rules.PolicyEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

    @Option(names = "--json", description = "print one JSON decision per file, one object per line")
    private boolean json;

    @Option(names = "--fail-on", paramLabel = "VERDICT",
            description = "exit 1 when a decision is at least this severe: WARN or FORBIDDEN")
    private Verdict failOn;

    @Option(names = "--focus", paramLabel = "ID",
            description = "judge the whole situation but report only the findings that concern this subject: "
                    + "a post, message, person, account, contact, request, monitoring or relationship id")
    private String focus;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "situation files")
    private List<Path> files;

    @Override
    public Integer call() {
        if (failOn == Verdict.ALLOWED) {
            throw new BadInputException("--fail-on: expected WARN or FORBIDDEN, was \"ALLOWED\"");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyEngine engine = ruleOptions.engine();
        boolean badInput = false;
        boolean thresholdReached = false;
        for (Path file : files) {
            Decision decision;
            try {
                Situation situation = SituationFiles.read(file);
                decision = focus == null ? engine.evaluate(situation) : engine.evaluate(situation, Focus.on(focus));
            } catch (InvalidFileException e) {
                err.println(e.getMessage());
                badInput = true;
                continue;
            } catch (IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                badInput = true;
                continue;
            }
            if (json) {
                out.println(DecisionJson.write(decision, file.toString(), focus));
            } else {
                out.println(file + (focus == null ? "" : " (focus `" + focus + "`)") + ": " + decision.describe());
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
}
