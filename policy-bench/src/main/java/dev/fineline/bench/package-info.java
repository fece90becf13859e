/**
 * JMH benchmarks of Fineline: the typical decision against a hand-written baseline, threads, growth
 * with rules and with facts, organisation audits and start-up. Run with
 * {@code java -jar policy-bench/target/benchmarks.jar}; see docs/benchmarks.md.
 */
package dev.fineline.bench;
