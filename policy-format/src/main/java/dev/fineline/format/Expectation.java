package dev.fineline.format;

import dev.fineline.model.Verdict;
import dev.fineline.rules.Obligation;
import java.util.List;
import java.util.Set;

/**
 * What a scenario's decision must show.
 *
 * @param verdict     the decision's verdict, exactly; null when the scenario does not say
 * @param guidance    guidance ids (or rule names) that must be among the findings
 * @param absent      guidance ids (or rule names) that must not be
 * @param obligations obligations that must be present
 * @param explains    texts that must each appear in some finding's explanation, in the scenario's language
 */
public record Expectation(Verdict verdict, Set<String> guidance, Set<String> absent, Set<Obligation> obligations,
        List<String> explains) {

    /**
     * Copies the sets.
     *
     * @param verdict     the decision's verdict, exactly; null when the scenario does not say
     * @param guidance    guidance ids (or rule names) that must be among the findings
     * @param absent      guidance ids (or rule names) that must not be
     * @param obligations obligations that must be present
     * @param explains    texts that must each appear in some finding's explanation
     */
    public Expectation {
        guidance = Set.copyOf(guidance);
        absent = Set.copyOf(absent);
        obligations = Set.copyOf(obligations);
        explains = explains == null ? List.of() : List.copyOf(explains);
    }

    /**
     * An expectation that says nothing of the explanations.
     *
     * @param verdict     the decision's verdict, exactly; null when the scenario does not say
     * @param guidance    guidance ids (or rule names) that must be among the findings
     * @param absent      guidance ids (or rule names) that must not be
     * @param obligations obligations that must be present
     */
    public Expectation(Verdict verdict, Set<String> guidance, Set<String> absent, Set<Obligation> obligations) {
        this(verdict, guidance, absent, obligations, List.of());
    }
}
