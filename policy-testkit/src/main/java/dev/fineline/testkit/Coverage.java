package dev.fineline.testkit;

import java.util.List;

/**
 * Which rules and guidance ids a scenario run exercised.
 *
 * @param rules               the number of rules in force
 * @param rulesNeverFired     rules that made no finding in any scenario, by name
 * @param guidance            the number of guidance ids in force
 * @param guidanceNotAsserted guidance ids that no scenario lists under {@code guidance} or {@code absent}
 * @param of                  which rules were counted: {@code all}, {@code custom} or {@code built-in}
 */
public record Coverage(int rules, List<String> rulesNeverFired, int guidance, List<String> guidanceNotAsserted, String of) {

    /** Copies. */
    public Coverage {
        rulesNeverFired = List.copyOf(rulesNeverFired);
        guidanceNotAsserted = List.copyOf(guidanceNotAsserted);
        of = of == null ? "all" : of;
    }

    /**
     * Coverage over every rule in force.
     *
     * @param rules               the number of rules in force
     * @param rulesNeverFired     rules that made no finding in any scenario, by name
     * @param guidance            the number of guidance ids in force
     * @param guidanceNotAsserted guidance ids that no scenario asserts
     */
    public Coverage(int rules, List<String> rulesNeverFired, int guidance, List<String> guidanceNotAsserted) {
        this(rules, rulesNeverFired, guidance, guidanceNotAsserted, "all");
    }

    /**
     * The share of rules that fired in at least one scenario.
     *
     * @return a percentage from 0 to 100; 100 when there are no rules
     */
    public double rulePercent() {
        return rules == 0 ? 100.0 : 100.0 * (rules - rulesNeverFired.size()) / rules;
    }

    /**
     * The share of guidance ids some scenario asserts.
     *
     * @return a percentage from 0 to 100; 100 when there are no ids
     */
    public double guidancePercent() {
        return guidance == 0 ? 100.0 : 100.0 * (guidance - guidanceNotAsserted.size()) / guidance;
    }
}
