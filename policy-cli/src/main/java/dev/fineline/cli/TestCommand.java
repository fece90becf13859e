package dev.fineline.cli;

import dev.fineline.testkit.CoverageScope;
import dev.fineline.testkit.JsonReporter;
import dev.fineline.testkit.PrettyReporter;
import dev.fineline.testkit.ScenarioRunner;
import dev.fineline.testkit.TestRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy test}: runs scenario files. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run scenario files (a situation plus the expected verdict, guidance ids and obligations).")
final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--coverage", description = "report rules that fired in no scenario and guidance ids no scenario asserts")
    private boolean coverage;

    @Option(names = "--coverage-of", paramLabel = "RULES", description = "which rules coverage counts: custom, built-in "
            + "or all (default: the custom rules when --rules loads any, else all)")
    private String coverageOf;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "exit 1 when fewer than PCT percent of the rules fired in some scenario")
    private Double minCoverage;

    @Option(names = "--json", description = "print the results as one JSON document")
    private boolean json;

    @Option(names = {"-v", "--verbose"}, description = "list passing scenarios too")
    private boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "scenario files or folders")
    private List<Path> paths;

    private CoverageScope scope() {
        if (coverageOf == null) {
            return CoverageScope.CUSTOM_WHEN_ANY;
        }
        return switch (coverageOf) {
            case "custom" -> CoverageScope.CUSTOM;
            case "built-in" -> CoverageScope.BUILT_IN;
            case "all" -> CoverageScope.ALL;
            default -> throw new BadInputException("--coverage-of: expected custom, built-in or all, was \"" + coverageOf + "\"");
        };
    }

    @Override
    public Integer call() {
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100 || minCoverage.isNaN())) {
            throw new BadInputException("--min-coverage: expected a percentage from 0 to 100, was \"" + minCoverage + "\"");
        }
        TestRun run = new ScenarioRunner(ruleOptions.engine(), scope()).run(paths);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonReporter.render(run));
        } else {
            out.print(PrettyReporter.render(run, coverage || minCoverage != null, verbose));
        }
        if (run.results().isEmpty()) {
            spec.commandLine().getErr().println("policy: no scenario files found in " + paths);
            return PolicyCli.BAD_INPUT;
        }
        boolean unreadable = run.results().stream().anyMatch(r -> r.decision() == null);
        if (unreadable) {
            return PolicyCli.BAD_INPUT;
        }
        if (run.failed() > 0) {
            return PolicyCli.FAILED;
        }
        if (minCoverage != null && run.coverage().rulePercent() < minCoverage) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "policy: rule coverage %.1f%% is below the minimum of %.1f%%", run.coverage().rulePercent(), minCoverage));
            return PolicyCli.FAILED;
        }
        return PolicyCli.OK;
    }
}
