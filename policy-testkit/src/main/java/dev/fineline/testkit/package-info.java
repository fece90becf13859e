/**
 * Scenario testing for Fineline policies, in the manner of {@code opa test}: a
 * {@link dev.fineline.testkit.ScenarioRunner} runs scenario files into a {@link dev.fineline.testkit.TestRun}
 * result model; {@link dev.fineline.testkit.PrettyReporter} and {@link dev.fineline.testkit.JsonReporter}
 * render it, apart from the model; {@link dev.fineline.testkit.ScenarioTests} turns folders of scenario
 * files into JUnit 5 dynamic tests.
 */
package dev.fineline.testkit;
