package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.Person;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The decision listener hook on the engine builder. */
class DecisionListenerTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static Situation contractorRestricted(String person) {
        return Situation.builder(AT)
                .people(Person.builder(person).engagement(Engagement.CONTRACTOR).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to(person).build())
                .build();
    }

    @Test
    void listener_eachDecision_hearsOneEventWithIdRuleBaseAndHash() {
        List<DecisionEvent> heard = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().listener(heard::add).build();

        Decision decision = engine.evaluate(contractorRestricted("p-ola"));

        assertThat(heard).hasSize(1);
        DecisionEvent event = heard.get(0);
        assertThat(event.decision()).isSameAs(decision);
        assertThat(event.decision().verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(event.ruleBase()).isEqualTo(engine.ruleBaseId());
        assertThat(event.id()).matches("[0-9a-f-]{36}");
        assertThat(event.inputHash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void listener_sameAndDifferentSituations_hashesFollowTheContent() {
        List<DecisionEvent> heard = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().warmUp(false).listener(heard::add).build();

        engine.evaluate(contractorRestricted("p-ola"));
        engine.evaluate(contractorRestricted("p-ola"));
        engine.evaluate(contractorRestricted("p-kari"));

        assertThat(heard).hasSize(3);
        assertThat(heard.get(0).inputHash()).isEqualTo(heard.get(1).inputHash()).isNotEqualTo(heard.get(2).inputHash());
        assertThat(heard.get(0).id()).isNotEqualTo(heard.get(1).id());
    }

    @Test
    void listener_throws_decisionStillReturned() {
        PolicyEngine engine = PolicyEngine.builder().warmUp(false).listener(e -> {
            throw new IllegalStateException("log is down");
        }).build();

        assertThat(engine.evaluate(contractorRestricted("p-ola")).verdict()).isEqualTo(Verdict.FORBIDDEN);
    }

    @Test
    void listener_null_refused() {
        assertThatThrownBy(() -> PolicyEngine.builder().listener(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("listener: must not be null");
    }

    @Test
    void listener_trustedAfterListener_listenerKept() {
        List<DecisionEvent> heard = new CopyOnWriteArrayList<>();
        PolicyEngine engine = PolicyEngine.builder().listener(heard::add).trusted(true).warmUp(false).build();

        engine.evaluate(contractorRestricted("p-ola"));

        assertThat(heard).hasSize(1);
    }
}
