package dev.fineline.testkit;

import java.util.List;

/**
 * The outcome of running scenario files: one result per scenario (or per unreadable file), and coverage.
 *
 * @param results  the results, in file order
 * @param coverage which rules fired and which guidance ids were asserted
 * @param ruleBase the id of the rule base the scenarios ran against
 */
public record TestRun(List<ScenarioResult> results, Coverage coverage, String ruleBase) {

    /** Copies. */
    public TestRun {
        results = List.copyOf(results);
    }

    /** @return how many scenarios passed */
    public long passed() {
        return count(ScenarioResult.Status.PASSED);
    }

    /** @return how many scenarios failed */
    public long failed() {
        return count(ScenarioResult.Status.FAILED);
    }

    /** @return how many scenarios or files could not be judged */
    public long errors() {
        return count(ScenarioResult.Status.ERROR);
    }

    /**
     * Tells whether every scenario passed and at least one ran.
     *
     * @return true when there are results and all passed
     */
    public boolean successful() {
        return !results.isEmpty() && passed() == results.size();
    }

    private long count(ScenarioResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
