package dev.fineline.bench;

import dev.fineline.rules.PolicyEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the built-in rule base in a fresh JVM: one shot per fork, ten forks, so every sample pays
 * for class loading and first compilation as an application's start does.
 */
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartBenchmark {

    /** @return an engine ready to judge, without the warm-up round */
    @Benchmark
    public PolicyEngine buildBuiltInRuleBase() {
        return PolicyEngine.builder().warmUp(false).build();
    }

    /** @return an engine ready to judge, after its warm-up round (the default) */
    @Benchmark
    public PolicyEngine buildAndWarmUp() {
        return PolicyEngine.builder().build();
    }
}
