package dev.fineline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.format.ScenarioFiles;
import dev.fineline.format.SituationFiles;
import dev.fineline.content.Signal;
import dev.fineline.model.Contact;
import dev.fineline.model.Message;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.TextSignal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No log line, at any level, carries what people wrote or who they are: only ids. Neither does it carry
 * what the content analysis read: no evidence, however redacted, and no lexicon entry that matched an
 * organisation's term. The build sends every log line of this test JVM, at trace level, to
 * target/test-logs.txt.
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
        situations.add(SituationFiles.parse("""
                at: 2026-11-23T10:00:00Z
                organization: {settings: {confidentialTerms: [Falcon], secretClients: [c-nordbank]}}
                people: [{id: p-kari, name: Kari Nordmann}]
                contacts: [{id: c-nordbank, name: Nordbank}]
                accounts: [{id: a-kari, kind: PERSONAL, owner: p-kari}]
                posts:
                  - {id: post-1, author: p-kari, account: a-kari, status: DRAFT,
                     text: "Here's the receipt from table 12, card 4539 1488 0343 6467 #ProjectFalcon"}
                messages:
                  - {id: m-1, from: p-kari, account: a-kari, to: c-nordbank,
                     text: "I'm going to make him pay for this, he'd better watch his back"}
                """, "privacy.yaml"));
        PolicyEngine engine = PolicyEngine.builder().build();
        Set<String> secrets = new TreeSet<>();
        int signals = 0;
        for (Situation s : situations) {
            Decision decision = engine.evaluate(s);
            signals += decision.signals().size();
            for (TextSignal read : decision.signals()) {
                Signal signal = read.signal();
                if (signal.evidence() != null && signal.evidence().length() > 3) {
                    secrets.add(signal.evidence());
                }
                if (signal.subjectId() != null && signal.entry() != null && signal.entry().length() > 3) {
                    secrets.add(signal.entry());
                }
            }
            s.messages().stream().map(Message::text).filter(t -> t.length() > 3).forEach(secrets::add);
            s.people().stream().map(Person::name).filter(n -> n.length() > 3).forEach(secrets::add);
            s.contacts().stream().map(Contact::name).filter(n -> n.length() > 3).forEach(secrets::add);
            s.posts().stream().map(Post::text).filter(t -> t.length() > 3).forEach(secrets::add);
            secrets.addAll(s.organization().settings().confidentialTerms());
        }
        new ScenarioRunner(engine).run(List.of(Path.of("..", "scenarios")));

        String logs = Files.exists(LOG) ? Files.readString(LOG) : "";

        assertThat(secrets).as("the situations hold names and texts to look for").hasSizeGreaterThan(5);
        assertThat(signals).as("the texts were read").isPositive();
        assertThat(secrets).as("redacted evidence is looked for too").anyMatch(e -> e.contains("6467") && !e.contains("4539"));
        assertThat(logs).as("something was logged at trace level").isNotEmpty();
        for (String secret : secrets) {
            assertThat(logs).as("logs must not contain \"%s\"", secret).doesNotContain(secret);
        }
    }
}
