package dev.fineline.testkit;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The project's own policy scenarios, by theme, judged by the built-in rules. */
class BuiltInScenariosTest {

    @TestFactory
    Stream<DynamicNode> builtInRules_scenariosByTheme_allPass() {
        return ScenarioTests.in(Path.of("..", "scenarios"));
    }
}
