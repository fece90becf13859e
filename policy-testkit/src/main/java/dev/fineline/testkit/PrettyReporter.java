package dev.fineline.testkit;

import java.util.Locale;

/** Renders a {@link TestRun} for people to read, in the manner of {@code opa test}. */
public final class PrettyReporter {

    private PrettyReporter() {
    }

    /**
     * Renders a run: failures and errors in full, then the counts, and coverage when asked for.
     *
     * @param run          the run
     * @param showCoverage whether to list coverage
     * @param verbose      whether to list passing scenarios too
     * @return several lines of text
     */
    public static String render(TestRun run, boolean showCoverage, boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult r : run.results()) {
            if (r.status() != ScenarioResult.Status.PASSED || verbose) {
                out.append(render(r)).append('\n');
            }
        }
        if (showCoverage) {
            Coverage c = run.coverage();
            String of = c.of().equals("all") ? "" : c.of() + " ";
            out.append(String.format(Locale.ROOT, "coverage: %.1f%% of %d %srules fired, %.1f%% of %d %sguidance ids asserted%n",
                    c.rulePercent(), c.rules(), of, c.guidancePercent(), c.guidance(), of));
            if (!c.rulesNeverFired().isEmpty()) {
                out.append("  rules that fired in no scenario: ").append(String.join(", ", c.rulesNeverFired())).append('\n');
            }
            if (!c.guidanceNotAsserted().isEmpty()) {
                out.append("  guidance ids no scenario asserts: ").append(String.join(", ", c.guidanceNotAsserted())).append('\n');
            }
        }
        out.append(run.passed()).append(" passed, ").append(run.failed()).append(" failed");
        if (run.errors() > 0) {
            out.append(", ").append(run.errors()).append(" errors");
        }
        return out.append('\n').toString();
    }

    /**
     * Renders one result: a status line, then what differed or went wrong, then the decision.
     *
     * @param r the result
     * @return one or more lines, without a final line break
     */
    public static String render(ScenarioResult r) {
        String where = r.line() > 0 ? r.file() + ":" + r.line() : r.file();
        StringBuilder out = new StringBuilder(r.status().name()).append(": ").append(r.name()).append(" (").append(where).append(')');
        for (String d : r.differences()) {
            out.append("\n  ").append(d);
        }
        if (!r.error().isEmpty()) {
            for (String line : r.error().split("\n")) {
                out.append("\n  ").append(line);
            }
        }
        if (r.status() == ScenarioResult.Status.FAILED && r.decision() != null) {
            out.append("\n  decision: ").append(r.decision().describe().replace("\n", "\n  "));
        }
        return out.toString();
    }
}
