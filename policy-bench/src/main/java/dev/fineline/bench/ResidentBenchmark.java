package dev.fineline.bench;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.rules.Change;
import dev.fineline.rules.Delta;
import dev.fineline.rules.Finding;
import dev.fineline.rules.OrgSession;
import dev.fineline.rules.PolicyEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An organisation kept resident: the 10,000-person audit organisation (1,000,000 connections, 10,000
 * corporate accounts) held in an {@link OrgSession}, and for comparison the typical decision's
 * one-person organisation. A post drafted there is judged against the hand-written baseline for the
 * same post, with the organisation's records indexed by id as the session keeps them; a departure is
 * the other change measured. Each change is undone between invocations, outside the measured time,
 * so every invocation judges the same change.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResidentBenchmark {

    /** Which organisation: {@code typical} (one person) or {@code 10000} (the audit organisation). */
    @Param({"typical", "10000"})
    public String org;

    private OrgSession session;
    private Post post;
    private Person leaver;
    private Map<String, Person> people;
    private Map<String, Account> accounts;

    /** Opens the organisation once per fork. */
    @Setup(Level.Trial)
    public void open() {
        // opening the big organisation fires its 34,000 findings: more than the default 30 s on a loaded machine
        PolicyEngine engine = PolicyEngine.builder().maxTime(Duration.ofMinutes(10)).build();
        boolean typical = org.equals("typical");
        Situation situation = typical ? Fixtures.typical() : Fixtures.organisation(10_000);
        session = engine.openSession(situation);
        post = Post.builder("post-bench", typical ? "p-kari" : "p-5", typical ? "a-kari-li" : "a-5").text("Loving what we ship this week")
                .tags(ContentTag.WORK_RELATED, ContentTag.PRODUCT_PRAISE).postedAt(Instant.parse("2026-11-22T17:00:00Z")).build();
        people = new HashMap<>();
        situation.people().forEach(p -> people.put(p.id(), p));
        accounts = new HashMap<>();
        situation.accounts().forEach(a -> accounts.put(a.id(), a));
        leaver = leaver(situation);
    }

    /** An active employee who holds the credentials of corporate accounts: a departure that matters. */
    private static Person leaver(Situation situation) {
        Map<String, Integer> held = new HashMap<>();
        situation.accounts().forEach(a -> a.credentialHolders().forEach(h -> held.merge(h, 1, Integer::sum)));
        return situation.people().stream().filter(p -> !p.isDeparted())
                .max(java.util.Comparator.comparing(p -> Math.min(2, held.getOrDefault(p.id(), 0)))).orElseThrow();
    }

    /** Closes the organisation. */
    @TearDown(Level.Trial)
    public void close() {
        session.close();
    }

    /** Throws away the post a previous invocation drafted. */
    @State(Scope.Thread)
    public static class Drafted {
        boolean pending;

        /**
         * Discards the draft, outside the measured time.
         *
         * @param bench the organisation
         */
        @Setup(Level.Invocation)
        public void discard(ResidentBenchmark bench) {
            if (pending) {
                bench.session.apply(Change.draftDiscarded(bench.post.id()));
                pending = false;
            }
        }
    }

    /** Brings back the person a previous invocation saw leave. */
    @State(Scope.Thread)
    public static class Departed {
        boolean pending;

        /**
         * Reinstates the leaver, outside the measured time.
         *
         * @param bench the organisation
         */
        @Setup(Level.Invocation)
        public void reinstate(ResidentBenchmark bench) {
            if (pending) {
                bench.session.apply(Change.personUpdated(bench.leaver));
                pending = false;
            }
        }
    }

    /**
     * A post drafted in the resident organisation: judged, findings returned.
     *
     * @param drafted the draft to discard before the next invocation
     * @return the findings the post brought
     */
    @Benchmark
    public Delta postDrafted(Drafted drafted) {
        Delta delta = session.apply(Change.postDrafted(post));
        drafted.pending = true;
        return delta;
    }

    /**
     * The same post drafted and discarded: both changes, no set-up between invocations.
     *
     * @return the findings the discard took away
     */
    @Benchmark
    public Delta postDraftedAndDiscarded() {
        session.apply(Change.postDrafted(post));
        return session.apply(Change.draftDiscarded(post.id()));
    }

    /**
     * The hand-written baseline for the same post: author and account looked up in the organisation's
     * records by id, then the two rules that apply to it.
     *
     * @return the findings
     */
    @Benchmark
    public List<Finding> postBaseline() {
        List<Finding> findings = new ArrayList<>(2);
        Baseline.judgePost(post, people.get(post.author()), accounts.get(post.account()), findings);
        return findings;
    }

    /**
     * A person who holds corporate credentials and has client connections leaves.
     *
     * @param departed the leaver to reinstate before the next invocation
     * @return the findings that appeared and went away
     */
    @Benchmark
    public Delta personDeparted(Departed departed) {
        Delta delta = session.apply(Change.personDeparted(leaver.id(), LocalDate.of(2026, 11, 20)));
        departed.pending = true;
        return delta;
    }
}
