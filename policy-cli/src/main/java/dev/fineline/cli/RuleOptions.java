package dev.fineline.cli;

import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose the rules in force, shared by the commands that judge. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "PATH",
            description = "custom rule file (.drl, or a .xlsx or .csv decision table) or folder of them, on top of the built-in rules (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-built-in", description = "leave the built-in rules out: judge by --rules only")
    boolean noBuiltIn;

    @Option(names = "--trusted", description = "let custom rule files use full Java (by default they are checked and "
            + "refused if they reach the JVM, files, the network, reflection, threads or loops)")
    boolean trusted;

    PolicyEngine engine() {
        return PolicyEngine.builder().builtInRules(!noBuiltIn).addRules(rules).trusted(trusted).warmUp(false).build();
    }

    /** The engine's builder, for a long-running server: with the warm-up round. */
    PolicyEngine.Builder builder() {
        return PolicyEngine.builder().builtInRules(!noBuiltIn).addRules(rules).trusted(trusted);
    }
}
