package dev.fineline.bench;

import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Finding;
import dev.fineline.rules.PolicyEngine;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The typical decision, judged by the full built-in rule base (the lean rules and the rules before the
 * lean rewrite) and by the hand-written baseline, in the same run: latency (sample mode: p50, p99) and
 * throughput, with one and two threads sharing one engine, with the default collector and with ParallelGC;
 * the latency also with the post's text left unread, so the cost of the content analysis shows.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

    /** The call that judges by the caller's tags only. */
    private static final EvaluationOptions TAGS_ONLY = EvaluationOptions.builder().contentAnalysis(false).build();
    /** The call that explains in Norwegian bokmål. */
    private static final EvaluationOptions NORWEGIAN = EvaluationOptions.builder().language("nb").build();

    private Situation situation;

    /** The engine on one rule set, shared by the benchmark's threads. */
    @State(Scope.Benchmark)
    public static class Engine {

        /** {@code lean}: the built-in rules; {@code before}: the rules before the lean rewrite. */
        @Param({"lean", "before"})
        public String rules;

        PolicyEngine engine;

        /** Builds the engine once. */
        @Setup
        public void setUp() {
            engine = RuleSets.engine(rules, true);
        }
    }

    /** Builds the situation once. */
    @Setup
    public void setUp() {
        situation = Fixtures.typical();
    }

    /** @return the decision of the rule base */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latencyFineline(Engine e) {
        return e.engine.evaluate(situation);
    }

    /** @return the decision of the rule base with the post's text left unread: the cost of reading it is the difference */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latencyFinelineWithoutText(Engine e) {
        return e.engine.evaluate(situation, TAGS_ONLY);
    }

    /** @return the decision of the rule base explained in Norwegian: the cost of the language is the difference */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latencyFinelineNorwegian(Engine e) {
        return e.engine.evaluate(situation, NORWEGIAN);
    }

    /** @return the findings of the hand-written baseline */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Finding> latencyBaseline() {
        return Baseline.evaluate(situation);
    }

    /** @return the decision of the rule base */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Decision throughputFineline1Thread(Engine e) {
        return e.engine.evaluate(situation);
    }

    /** @return the decision of the rule base, two threads sharing the engine */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Decision throughputFineline2Threads(Engine e) {
        return e.engine.evaluate(situation);
    }

    /** @return the decision of the rule base, with ParallelGC instead of the default collector */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
    public Decision latencyFinelineParallelGc(Engine e) {
        return e.engine.evaluate(situation);
    }

    /** @return the decision of the rule base, two threads sharing the engine, with ParallelGC */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
    public Decision throughputFineline2ThreadsParallelGc(Engine e) {
        return e.engine.evaluate(situation);
    }

    /** @return the findings of the hand-written baseline */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public List<Finding> throughputBaseline1Thread() {
        return Baseline.evaluate(situation);
    }
}
