package dev.fineline.bench;

import dev.fineline.rules.PolicyEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the built-in rule base in a fresh JVM: one shot per fork, seven forks, so every sample pays
 * for class loading and first compilation as an application's start does.
 */
@Fork(7)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class StartBenchmark {

    /**
     * {@code lean}: the built-in rules, from the package cache the build wrote; {@code before}: the rules
     * before the lean rewrite, compiled from DRL as every start did before the cache.
     */
    @Param({"lean", "before"})
    public String rules;

    /** @return an engine ready to judge, without the warm-up round */
    @Benchmark
    public PolicyEngine buildBuiltInRuleBase() {
        return RuleSets.engine(rules, false);
    }

    /** @return an engine ready to judge, after its warm-up round (the default) */
    @Benchmark
    public PolicyEngine buildAndWarmUp() {
        return RuleSets.engine(rules, true);
    }

    /** @return an engine ready to judge, without the warm-up round, in a JVM with C1 only */
    @Benchmark
    @Fork(value = 7, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public PolicyEngine buildBuiltInRuleBaseC1() {
        return RuleSets.engine(rules, false);
    }
}
