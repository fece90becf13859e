package dev.fineline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Finding;
import dev.fineline.rules.PolicyEngine;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline is only a fair floor if it returns what the rule base returns. */
class BaselineTest {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule).thenComparing(Finding::subject)
            .thenComparing(Finding::explanation);

    @Test
    void evaluate_typicalSituation_sameFindingsAsRuleBase() {
        Situation typical = Fixtures.typical();
        Decision decision = PolicyEngine.builder().warmUp(false).build().evaluate(typical);

        List<Finding> baseline = Baseline.evaluate(typical).stream().sorted(ORDER).toList();

        // The baseline writes no involved ids: compare what both decide, not what the engine adds about the match.
        assertThat(baseline).isEqualTo(decision.findings().stream().map(f -> new Finding(f.rule(), f.guidance(), f.verdict(),
                f.subject(), f.explanation(), f.obligations())).sorted(ORDER).toList());
        assertThat(baseline).hasSize(4);
    }

    @Test
    void generate_extraRules_compileAndDoNotApplyToTheTypicalDecision() throws Exception {
        PolicyEngine engine = PolicyEngine.builder().addRules(RuleGrowthBenchmark.generate(100)).warmUp(false).build();

        assertThat(engine.rules()).hasSizeGreaterThan(100);
        assertThat(engine.evaluate(Fixtures.typical()).findings()).hasSize(4);
    }

    @Test
    void ofSize_facts_roughlyAsAsked() {
        Situation s = Fixtures.ofSize(1000);
        int facts = s.people().size() + s.accounts().size() + s.posts().size() + s.connections().size() + s.contacts().size();

        assertThat(facts).isBetween(900, 1100);
    }
}
