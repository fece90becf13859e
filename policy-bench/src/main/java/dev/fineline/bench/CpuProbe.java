package dev.fineline.bench;

import dev.fineline.model.Situation;
import dev.fineline.rules.PolicyEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time one thread spends per typical decision, for each rule set, in rounds that alternate the
 * rule sets: a figure that holds up on a machine shared with other work, where wall-clock samples also
 * count the time the thread waited for a core. Complements the JMH figures; never a test.
 * Run: {@code java -Xms1g -Xmx1g -cp policy-bench/target/benchmarks.jar dev.fineline.bench.CpuProbe [extra-rules]}.
 */
final class CpuProbe {

    private static final int ROUNDS = 15;
    private static final int DECISIONS = 20_000;

    private CpuProbe() {
    }

    /**
     * Prints the median and range of CPU microseconds per decision for each variant.
     *
     * @param args optionally {@code growth}: compares 0 and 1,000 extra rules in both styles instead; or
     *             one rule set alone, {@code lean} or {@code before}, for a profiler
     * @throws Exception when the generated rules cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, PolicyEngine> engines = new LinkedHashMap<>();
        if (args.length > 0 && args[0].equals("growth")) {
            engines.put("+0", PolicyEngine.builder().build());
            engines.put("+1000 joins", PolicyEngine.builder().addRules(RuleGrowthBenchmark.generate(1000, false)).trusted(true)
                    .isolated(false).build());
            engines.put("+1000 lookups", PolicyEngine.builder().addRules(RuleGrowthBenchmark.generate(1000, true)).trusted(true)
                    .isolated(false).build());
        } else if (args.length > 0) {
            engines.put(args[0], RuleSets.engine(args[0], true));
        } else {
            engines.put("lean", RuleSets.engine("lean", true));
            engines.put("before", RuleSets.engine("before", true));
        }
        Situation situation = Fixtures.typical();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        engines.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, PolicyEngine> e : engines.entrySet()) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < DECISIONS; i++) {
                    e.getValue().evaluate(situation);
                }
                double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / DECISIONS;
                if (round >= 5) {
                    samples.get(e.getKey()).add(micros);
                }
            }
        }
        samples.forEach((k, v) -> {
            double[] sorted = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-14s CPU per decision: median %.2f us (%.2f - %.2f over %d rounds of %d)%n", k,
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length, DECISIONS);
        });
    }
}
