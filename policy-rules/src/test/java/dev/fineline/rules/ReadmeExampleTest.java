package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.Person;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The README's embedding snippet prints what the README says it prints. */
class ReadmeExampleTest {

    @Test
    void readmeSnippet_contractorRestricted_printsDocumentedOutput() throws IOException {
        PolicyEngine engine = Engines.builtIn();
        Situation situation = Situation.builder(Instant.now())
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-ola").build())
                .build();

        Decision decision = engine.evaluate(situation);
        StringBuilder printed = new StringBuilder(decision.verdict() + " " + decision.reasons() + "\n");
        decision.findings().forEach(f -> printed.append(f.guidance()).append(": ").append(f.explanation()).append('\n'));

        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains("```\n" + printed + "```");
    }
}
