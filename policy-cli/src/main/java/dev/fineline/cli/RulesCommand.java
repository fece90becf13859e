package dev.fineline.cli;

import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policy rules}: lists every rule in force. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule in force: name, guidance id, verdict, theme, origin and whether it is enabled.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions = new RuleOptions();

    @Override
    public Integer call() {
        PolicyEngine engine = ruleOptions.engine();
        List<RuleInfo> rules = engine.rules();
        PrintWriter out = spec.commandLine().getOut();
        int name = Math.max(4, rules.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String format = "%-" + name + "s  %-8s  %-9s  %-11s  %-7s  %s%n";
        out.printf(format, "RULE", "GUIDANCE", "VERDICT", "THEME", "ENABLED", "ORIGIN");
        for (RuleInfo r : rules) {
            out.printf(format, r.name(), r.guidance(), r.verdict(), r.theme(), "yes", r.origin());
        }
        out.println(rules.size() + " rules, rule base " + engine.ruleBaseId());
        return PolicyCli.OK;
    }
}
