package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sets swap atomically under load: every decision matches the rule set that made it. */
class ReloadStressTest {

    private static final int THREADS = 8;
    private static final int DECISIONS_PER_THREAD = 100_000;
    private static final int RELOADS = 100;

    private static final String HARMLESS = """
            package com.example.stress;
            import dev.fineline.model.*;
            import dev.fineline.rules.FindingSink;
            global FindingSink findings;
            rule "StressNeverApplies" @guidance("STRESS-0") @verdict(WARN)
            when
                $post : Post(hasTag(ContentTag.PATIENT_INFORMATION), hasTag(ContentTag.SMALL_TALK))
            then
                findings.emit(Verdict.WARN, $post.id(), "never");
            end
            """;
    private static final String STRICT = """
            package com.example.stress;
            import dev.fineline.model.*;
            import dev.fineline.rules.FindingSink;
            global FindingSink findings;
            rule "StressForbidsWorkPosts" @guidance("STRESS-1") @verdict(FORBIDDEN)
            when
                $post : Post(hasTag(ContentTag.WORK_RELATED))
            then
                findings.emit(Verdict.FORBIDDEN, $post.id(), "work posts are forbidden in the stress test");
            end
            """;

    private static Situation workPost() {
        return Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-kari").build())
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.LINKEDIN).build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").tags(ContentTag.WORK_RELATED).build())
                .build();
    }

    @Test
    void reload_underLoadOfEightThreads_everyDecisionMatchesItsRuleSet(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("stress.drl");
        Files.writeString(rules, HARMLESS);
        PolicyEngine engine = PolicyEngine.builder().addRules(dir).build();
        Map<String, Verdict> expected = new ConcurrentHashMap<>();
        expected.put(engine.ruleBaseId(), Verdict.WARN);
        Files.writeString(rules, STRICT);
        expected.put(engine.reload(), Verdict.FORBIDDEN);
        Situation situation = workPost();

        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread worker = new Thread(() -> {
                for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                    Decision decision = engine.evaluate(situation);
                    if (decision.verdict() != expected.get(decision.ruleBase()) || !decision.errors().isEmpty()) {
                        wrong.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
            });
            worker.setUncaughtExceptionHandler((th, e) -> failures.add(e));
            workers.add(worker);
            worker.start();
        }
        long total = (long) THREADS * DECISIONS_PER_THREAD;
        long heapAfterWarmUp = 0;
        for (int r = 1; r <= RELOADS; r++) {
            long target = total * r / (RELOADS + 1);
            while (done.get() < target && failures.isEmpty()) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // leave the cores to the workers
            }
            Files.writeString(rules, r % 2 == 0 ? STRICT : HARMLESS);
            engine.reload();
            if (r == 50) {
                String before = engine.ruleBaseId();
                Files.writeString(rules, "package broken;\nrule \"Broken\" when Post( then end\n");
                assertThatThrownBy(engine::reload).isInstanceOf(InvalidRulesException.class).hasMessageContaining("stress.drl");
                assertThat(engine.ruleBaseId()).as("a broken set leaves the old one in force").isEqualTo(before);
            }
            if (r == 10) {
                heapAfterWarmUp = usedHeapAfterGc();
            }
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long heapAfterReloads = usedHeapAfterGc();

        assertThat(failures).isEmpty();
        assertThat(done.get()).isEqualTo(total);
        assertThat(wrong.get()).as("decisions that do not match their rule set").isZero();
        assertThat(expected).hasSize(2);
        assertThat(heapAfterReloads - heapAfterWarmUp).as("heap growth after the reloads settle, bytes")
                .isLessThan(64L * 1024 * 1024);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
