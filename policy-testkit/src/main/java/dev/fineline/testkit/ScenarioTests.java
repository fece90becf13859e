package dev.fineline.testkit;

import dev.fineline.format.InvalidFileException;
import dev.fineline.format.Scenario;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Turns folders of scenario files into JUnit 5 dynamic tests, one per scenario, grouped by file:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> policies() {
 *     return ScenarioTests.in(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * A failing scenario fails its test with the pretty report of what differed as the message; an
 * unreadable file fails one test named after the file with its located problems.
 */
public final class ScenarioTests {

    private static volatile PolicyEngine builtIn;

    private ScenarioTests() {
    }

    /**
     * Dynamic tests for the scenario files under the paths, judged by the built-in rules.
     *
     * @param paths scenario files and folders
     * @return one container per file, one test per scenario
     */
    public static Stream<DynamicNode> in(Path... paths) {
        return in(builtInEngine(), paths);
    }

    /**
     * Dynamic tests for the scenario files under the paths, judged by an engine of your own (with
     * custom rules, say).
     *
     * @param engine the engine
     * @param paths  scenario files and folders
     * @return one container per file, one test per scenario
     */
    public static Stream<DynamicNode> in(PolicyEngine engine, Path... paths) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        return ScenarioRunner.files(List.of(paths)).stream().map(file -> forFile(runner, file));
    }

    private static DynamicNode forFile(ScenarioRunner runner, Path file) {
        List<Scenario> scenarios;
        try {
            scenarios = runner.read(file);
        } catch (InvalidFileException e) {
            return DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
                throw new AssertionFailedError("unreadable scenario file\n" + e.getMessage());
            });
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(),
                scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), file.toUri(), () -> {
                    ScenarioResult result = runner.run(s);
                    if (result.status() != ScenarioResult.Status.PASSED) {
                        throw new AssertionFailedError(PrettyReporter.render(result));
                    }
                })));
    }

    private static PolicyEngine builtInEngine() {
        PolicyEngine engine = builtIn;
        if (engine == null) {
            synchronized (ScenarioTests.class) {
                engine = builtIn;
                if (engine == null) {
                    engine = PolicyEngine.builder().build();
                    builtIn = engine;
                }
            }
        }
        return engine;
    }
}
