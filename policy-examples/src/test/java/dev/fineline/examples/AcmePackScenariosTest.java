package dev.fineline.examples;

import dev.fineline.rules.PolicyEngine;
import dev.fineline.testkit.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** How a compliance team runs its own rules' scenarios from JUnit: one line in a test factory. */
class AcmePackScenariosTest {

    private static final Path PACK = Path.of("acme-pack");

    @TestFactory
    Stream<DynamicNode> acmePack_scenarios_passWithTheirRules() {
        return ScenarioTests.in(PolicyEngine.builder().addRules(PACK.resolve("rules")).build(), PACK.resolve("scenarios"));
    }
}
