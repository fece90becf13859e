package dev.fineline.bench;

import dev.fineline.model.ContentTag;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The typical decision with 0, 100 and 1,000 extra custom rules that do not apply to it. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleGrowthBenchmark {

    /** Extra rules on top of the built-in ones. */
    @Param({"0", "100", "1000"})
    public int extraRules;

    /**
     * How the connection half of the extra rules reaches the account: {@code joins} joins
     * {@code Account(id == $aid, personal == true)}; {@code lookups} is the documented lean style,
     * {@code Account(personal == true) from facts.account($aid)}.
     */
    @Param({"joins", "lookups"})
    public String style;

    private PolicyEngine engine;
    private Situation situation;

    /** Generates the rule files and builds the engine. */
    @Setup
    public void setUp() throws IOException {
        PolicyEngine.Builder builder = PolicyEngine.builder();
        if (extraRules > 0) {
            // trusted: the restricted subset takes "from" only over a bound fact's collection, not a look-up
            // and not isolated, so every variant is judged on the calling thread
            builder = builder.addRules(generate(extraRules, style.equals("lookups"))).trusted(true).isolated(false);
        }
        engine = builder.build();
        situation = Fixtures.typical();
    }

    /**
     * Writes {@code count} realistic custom rules that the typical decision does not meet: half on posts
     * (their own accounts and tags), half on connections (their own contacts), joined to the account.
     *
     * @param count how many rules
     * @return the folder holding them
     */
    static Path generate(int count) throws IOException {
        return generate(count, false);
    }

    /**
     * Writes {@code count} realistic custom rules that the typical decision does not meet: half on posts
     * (their own accounts and tags), half on connections (their own contacts).
     *
     * @param count   how many rules
     * @param lookups whether the connection rules look the account up ({@code from facts.account($aid)})
     *                instead of joining it
     * @return the folder holding them
     */
    static Path generate(int count, boolean lookups) throws IOException {
        Path dir = Files.createTempDirectory("fineline-rules");
        ContentTag[] tags = ContentTag.values();
        StringBuilder drl = new StringBuilder("package com.example.generated;\n\nimport dev.fineline.model.*;\n"
                + "import dev.fineline.rules.FindingSink;\nimport dev.fineline.rules.Facts;\n\n"
                + "global FindingSink findings;\nglobal Facts facts;\n\n");
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                drl.append("rule \"GenPost").append(i).append("\" @guidance(\"GEN-").append(i).append("\") @verdict(WARN)\nwhen\n")
                        .append("    $post : Post(account == \"a-gen-").append(i).append("\", hasTag(ContentTag.")
                        .append(tags[i % tags.length].name()).append("))\nthen\n")
                        .append("    findings.emit(Verdict.WARN, $post.id(), \"generated rule ").append(i).append("\");\nend\n\n");
            } else {
                drl.append("rule \"GenConnection").append(i).append("\" @guidance(\"GEN-").append(i).append("\") @verdict(WARN)\nwhen\n")
                        .append("    $c : Connection(contact == \"c-gen-").append(i).append("\", $aid : account)\n")
                        .append(lookups ? "    Account(personal == true) from facts.account($aid)\nthen\n"
                                : "    Account(id == $aid, personal == true)\nthen\n")
                        .append("    findings.emit(Verdict.WARN, $aid, \"generated rule ").append(i).append("\");\nend\n\n");
            }
        }
        Files.writeString(dir.resolve("generated.drl"), drl);
        return dir;
    }

    /** @return the decision */
    @Benchmark
    public Decision typicalDecision() {
        return engine.evaluate(situation);
    }
}
