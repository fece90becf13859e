package dev.fineline.cli;

import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy validate}: compiles custom rule files with the built-in ones and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile custom rule files (with the built-in rules) and report every problem with file and line, "
                + "without judging anything. Joins that could be look-ups are pointed out as warnings.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "rule files (.drl, .xlsx or .csv decision tables) or folders of them")
    private List<Path> paths;

    @picocli.CommandLine.Option(names = "--trusted", description = "let the files use full Java instead of checking them")
    private boolean trusted;

    @Override
    public Integer call() {
        PolicyEngine engine = PolicyEngine.builder().addRules(paths).trusted(trusted).warmUp(false).build();
        // joins that could be look-ups are worth knowing, but never a reason to refuse the rules
        engine.advice().forEach(advice -> spec.commandLine().getErr().println(advice));
        long custom = engine.rules().stream().filter(r -> !r.isBuiltIn()).count();
        spec.commandLine().getOut().println("ok: " + custom + " custom " + (custom == 1 ? "rule" : "rules")
                + " compiled with " + engine.rules().stream().filter(RuleInfo::isBuiltIn).count()
                + " built-in rules, rule base " + engine.ruleBaseId());
        return PolicyCli.OK;
    }
}
