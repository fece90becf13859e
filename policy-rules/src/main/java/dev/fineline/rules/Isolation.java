package dev.fineline.rules;

import dev.fineline.model.RuleSetting;
import dev.fineline.model.Situation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decisions on watched worker threads: the caller waits at most the decision's time limit and gets an
 * error at once past it, even when a trusted rule's firing never ends. The worker is then told to stop
 * at its next firing and its session is dropped; a firing that never returns keeps its thread, which is
 * counted, and past {@link #MAX_STUCK} such threads new decisions are refused with an error instead of
 * starting yet another.
 */
final class Isolation {

    /** Worker threads still busy with decisions that were abandoned past their time. */
    static final int MAX_STUCK = 16;

    private static final AtomicInteger STUCK = new AtomicInteger();
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "fineline-decision-" + NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
    /** The evaluation running on each worker, so that the caller can stop it. */
    private static final ThreadLocal<Evaluation[]> CURRENT = ThreadLocal.withInitial(() -> new Evaluation[1]);

    private Isolation() {
    }

    /** Records the evaluation the current thread is running, or null when it is done. */
    static void running(Evaluation evaluation) {
        CURRENT.get()[0] = evaluation;
    }

    static Decision run(PolicyEngine engine, RuleBase rules, Situation situation, List<TextSignal> signals,
            Map<String, RuleSetting> settings, Limits limits) {
        if (STUCK.get() >= MAX_STUCK) {
            return failed(rules, limits, MAX_STUCK + " earlier decisions are still running past their time limit; "
                    + "no new decision starts until they end");
        }
        Evaluation[][] slot = new Evaluation[1][];
        boolean[] abandoned = new boolean[1];
        Future<Decision> future;
        try {
            future = WORKERS.submit(() -> {
                slot[0] = CURRENT.get();
                try {
                    return engine.judge(rules, situation, signals, settings, limits);
                } finally {
                    synchronized (abandoned) {
                        if (abandoned[0]) {
                            STUCK.decrementAndGet();
                        }
                        abandoned[0] = false;
                    }
                }
            });
        } catch (RuntimeException e) {
            return failed(rules, limits, "no worker thread could be started for the decision");
        }
        try {
            return future.get(limits.maxNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            synchronized (abandoned) {
                if (!future.isDone()) {
                    abandoned[0] = true;
                    STUCK.incrementAndGet();
                }
            }
            Evaluation[] current = slot[0];
            Evaluation running = current == null ? null : current[0];
            if (running != null) {
                running.stop();
            }
            future.cancel(true);
            return failed(rules, limits, "stopped after " + TimeUnit.NANOSECONDS.toMillis(limits.maxNanos())
                    + " ms, the decision's time limit; a rule may loop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(rules, limits, "the decision was interrupted");
        } catch (ExecutionException e) {
            return failed(rules, limits, "the decision failed: " + Evaluation.reason(e.getCause()));
        }
    }

    private static Decision failed(RuleBase rules, Limits limits, String message) {
        return Decision.of(List.of(), List.of(new EvaluationError("", message)), rules.id(), limits.failClosed());
    }
}
