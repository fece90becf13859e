package dev.fineline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.format.ScenarioFiles;
import dev.fineline.format.SituationFiles;
import dev.fineline.model.Contact;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.rules.PolicyEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No log line, at any level, carries what people wrote or who they are: only ids. The build sends every
 * log line of this test JVM, at trace level, to target/test-logs.txt.
 */
class PrivacyTest {

    private static final Path LOG = Path.of("target", "test-logs.txt");

    @Test
    void logs_fullScenarioAndExampleRun_containNoTextAndNoNames() throws Exception {
        List<Situation> situations = new ArrayList<>();
        for (Path file : ScenarioRunner.files(List.of(Path.of("..", "scenarios")))) {
            ScenarioFiles.read(file).forEach(s -> situations.add(s.situation()));
        }
        try (Stream<Path> examples = Files.list(Path.of("..", "examples", "situations"))) {
            examples.forEach(f -> situations.add(SituationFiles.read(f)));
        }
        situations.add(SituationFiles.read(Path.of("..", "policy-format", "src", "test", "resources", "situations", "full.yaml")));
        PolicyEngine engine = PolicyEngine.builder().build();
        Set<String> secrets = new TreeSet<>();
        for (Situation s : situations) {
            engine.evaluate(s);
            s.people().stream().map(Person::name).filter(n -> n.length() > 3).forEach(secrets::add);
            s.contacts().stream().map(Contact::name).filter(n -> n.length() > 3).forEach(secrets::add);
            s.posts().stream().map(Post::text).filter(t -> t.length() > 3).forEach(secrets::add);
            secrets.addAll(s.organization().settings().confidentialTerms());
        }
        new ScenarioRunner(engine).run(List.of(Path.of("..", "scenarios")));

        String logs = Files.exists(LOG) ? Files.readString(LOG) : "";

        assertThat(secrets).as("the situations hold names and texts to look for").hasSizeGreaterThan(5);
        assertThat(logs).as("something was logged at trace level").isNotEmpty();
        for (String secret : secrets) {
            assertThat(logs).as("logs must not contain \"%s\"", secret).doesNotContain(secret);
        }
    }
}
