package dev.fineline.rules;

import dev.fineline.model.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for decisions, so tests read
 * {@code assertThat(decision).isForbidden().hasFinding("HOURS-2")}. Failure messages print the whole
 * decision.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /**
     * Starts an assertion on a decision.
     *
     * @param actual the decision
     * @return the assertion
     */
    public static DecisionAssert assertThat(Decision actual) {
        return new DecisionAssert(actual);
    }

    /** @return this, after checking the verdict is {@code ALLOWED} */
    public DecisionAssert isAllowed() {
        return hasVerdict(Verdict.ALLOWED);
    }

    /** @return this, after checking the verdict is {@code WARN} */
    public DecisionAssert isWarn() {
        return hasVerdict(Verdict.WARN);
    }

    /** @return this, after checking the verdict is {@code FORBIDDEN} */
    public DecisionAssert isForbidden() {
        return hasVerdict(Verdict.FORBIDDEN);
    }

    /**
     * Checks the decision's verdict.
     *
     * @param expected the verdict
     * @return this
     */
    public DecisionAssert hasVerdict(Verdict expected) {
        isNotNull();
        if (actual.verdict() != expected) {
            failWithMessage("expected verdict %s but was %s%n%s", expected, actual.verdict(), actual.describe());
        }
        return this;
    }

    /**
     * Checks that no rule applied.
     *
     * @return this
     */
    public DecisionAssert hasNoRuleApplied() {
        isNotNull();
        if (!actual.noRuleApplied()) {
            failWithMessage("expected no rule to apply but the decision was%n%s", actual.describe());
        }
        return this;
    }

    /**
     * Checks that a finding has a guidance id, or a rule name.
     *
     * @param guidanceOrRule such as {@code HOURS-2} or {@code WorkHoursRestrictionOnNonStaff}
     * @return this
     */
    public DecisionAssert hasFinding(String guidanceOrRule) {
        matching(guidanceOrRule, null);
        return this;
    }

    /**
     * Checks that a finding with a guidance id (or rule name) has a verdict.
     *
     * @param guidanceOrRule the id or name
     * @param verdict        the verdict the finding must have
     * @return this
     */
    public DecisionAssert hasFinding(String guidanceOrRule, Verdict verdict) {
        List<Finding> found = matching(guidanceOrRule, null);
        if (found.stream().noneMatch(f -> f.verdict() == verdict)) {
            failWithMessage("expected a %s finding %s but found %s%n%s", verdict, guidanceOrRule,
                    found.stream().map(f -> f.verdict().name()).collect(Collectors.joining(", ")), actual.describe());
        }
        return this;
    }

    /**
     * Checks that a finding with a guidance id (or rule name) is about a subject.
     *
     * @param guidanceOrRule the id or name
     * @param subject        the subject's id
     * @return this
     */
    public DecisionAssert hasFindingAbout(String guidanceOrRule, String subject) {
        matching(guidanceOrRule, subject);
        return this;
    }

    /**
     * Checks that no finding has a guidance id or rule name.
     *
     * @param guidanceOrRule the id or name
     * @return this
     */
    public DecisionAssert hasNoFinding(String guidanceOrRule) {
        isNotNull();
        if (actual.findings().stream().anyMatch(f -> f.guidance().equals(guidanceOrRule) || f.rule().equals(guidanceOrRule))) {
            failWithMessage("expected no finding %s but the decision was%n%s", guidanceOrRule, actual.describe());
        }
        return this;
    }

    /**
     * Checks that some finding carries an obligation.
     *
     * @param obligation the obligation
     * @return this
     */
    public DecisionAssert hasObligation(Obligation obligation) {
        isNotNull();
        if (!actual.obligations().contains(obligation)) {
            failWithMessage("expected obligation %s but the decision was%n%s", obligation, actual.describe());
        }
        return this;
    }

    /**
     * Checks that no finding carries an obligation.
     *
     * @param obligation the obligation
     * @return this
     */
    public DecisionAssert hasNoObligation(Obligation obligation) {
        isNotNull();
        if (actual.obligations().contains(obligation)) {
            failWithMessage("expected no obligation %s but the decision was%n%s", obligation, actual.describe());
        }
        return this;
    }

    /**
     * Checks that the explanation of a finding with a guidance id (or rule name) contains some text.
     *
     * @param guidanceOrRule the id or name
     * @param text           text the explanation must contain
     * @return this
     */
    public DecisionAssert explains(String guidanceOrRule, String text) {
        List<Finding> found = matching(guidanceOrRule, null);
        if (found.stream().noneMatch(f -> f.explanation().contains(text))) {
            failWithMessage("expected the explanation of %s to contain \"%s\" but the decision was%n%s", guidanceOrRule,
                    text, actual.describe());
        }
        return this;
    }

    private List<Finding> matching(String guidanceOrRule, String subject) {
        isNotNull();
        List<Finding> found = actual.findings().stream()
                .filter(f -> f.guidance().equals(guidanceOrRule) || f.rule().equals(guidanceOrRule))
                .filter(f -> subject == null || f.subject().equals(subject))
                .toList();
        if (found.isEmpty()) {
            failWithMessage("expected a finding %s%s but the decision was%n%s", guidanceOrRule,
                    subject == null ? "" : " about " + subject, actual.describe());
        }
        return found;
    }
}
