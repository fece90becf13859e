package dev.fineline.bench;

import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Situations of 10, 100, 1,000 and 10,000 facts. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FactGrowthBenchmark {

    /** Roughly how many facts the situation holds. */
    @Param({"10", "100", "1000", "10000"})
    public int facts;

    private PolicyEngine engine;
    private Situation situation;

    /** Builds the engine and the situation. */
    @Setup
    public void setUp() {
        engine = PolicyEngine.builder().build();
        situation = Fixtures.ofSize(facts);
    }

    /** @return the decision */
    @Benchmark
    public Decision decision() {
        return engine.evaluate(situation);
    }
}
