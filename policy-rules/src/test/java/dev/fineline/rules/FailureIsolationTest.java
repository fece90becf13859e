package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decision that fails in any way, an {@code Error} too, leaves nothing behind: the next decision on the
 * same thread sees only its own situation, and a decision past its time returns at once with an error.
 */
class FailureIsolationTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static Situation situation(String person, String text) {
        return Situation.builder(AT)
                .people(Person.builder(person).build())
                .accounts(Account.corporate("a-" + person).build())
                .posts(Post.builder("post-" + person, person, "a-" + person).text(text).build())
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stack-overflow", "out-of-memory", "error", "runtime", "interrupted"})
    void evaluate_afterAnyFailure_nextDecisionSeesOnlyItsOwnFacts(String failure) {
        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(PolicyEngineTest.rules("failing"))
                .trusted(true).isolated(false).warmUp(false).build();

        Decision failed = engine.evaluate(situation("p-first", failure));
        Thread.interrupted();
        Decision next = engine.evaluate(situation("p-second", "fine"));

        assertThat(failed.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("FailsOnDemand");
            assertThat(e.message()).startsWith("the rule failed: ").doesNotContain("Error", "Exception", "java.");
        });
        assertThat(failed.verdict()).isEqualTo(dev.fineline.model.Verdict.WARN);
        assertThat(engine.hasKeptSession()).isTrue();
        assertThat(next.errors()).isEmpty();
        assertThat(next.findings()).extracting(Finding::subject).containsExactly("p-second");
    }

    @Test
    void evaluate_isolatedRunawayFiring_returnsErrorAtTheLimitAndEngineStaysUsable() {
        System.clearProperty("fineline.release");
        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(PolicyEngineTest.rules("runaway"))
                .trusted(true).maxTime(Duration.ofMillis(300)).warmUp(false).build();
        try {
            Decision runaway = engine.evaluate(situation("p-spin", "spin"));

            assertThat(runaway.errors()).singleElement().satisfies(e ->
                    assertThat(e.message()).isEqualTo("stopped after 300 ms, the decision's time limit; a rule may loop"));
            assertThat(runaway.findings()).isEmpty();
            assertThat(engine.hasKeptSession()).isFalse();
        } finally {
            System.setProperty("fineline.release", "now");
        }
        Decision next = engine.evaluate(situation("p-calm", "calm"));
        System.clearProperty("fineline.release");

        assertThat(next.errors()).isEmpty();
        assertThat(next.noRuleApplied()).isTrue();
    }

    @Test
    void builder_trustedCustomRules_isolatedByDefault() {
        PolicyEngine trusted = PolicyEngine.builder().builtInRules(false).addRules(PolicyEngineTest.rules("failing"))
                .trusted(true).warmUp(false).build();

        trusted.evaluate(situation("p-1", "fine"));

        assertThat(trusted.hasKeptSession()).isFalse();
    }
}
