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

/**
 * An organisation audits itself: 10,000 or 100,000 people, 1,000,000 connections, 10,000 corporate
 * accounts, one person in ten departed. Time to the full decision, in a JVM capped at 2 GB of heap, so
 * a run that completes shows the heap target holds; {@code -prof gc} adds the allocation.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBenchmark {

    /** How many people. */
    @Param({"10000", "100000"})
    public int people;

    /** {@code lean}: the built-in rules; {@code before}: the rules before the lean rewrite. */
    @Param({"lean", "before"})
    public String rules;

    private PolicyEngine engine;
    private Situation situation;

    /** Builds the engine and the organisation. */
    @Setup
    public void setUp() {
        engine = RuleSets.engine(rules, true);
        situation = Fixtures.organisation(people);
    }

    /** @return the decision */
    @Benchmark
    public Decision audit() {
        return engine.evaluate(situation);
    }
}
