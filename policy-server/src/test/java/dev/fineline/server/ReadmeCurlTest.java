package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's curl call gets the answer the README shows (up to the rule base id, which follows the rules). */
class ReadmeCurlTest {

    private static final Pattern CURL = Pattern.compile(
            "\\$ curl -s http://127\\.0\\.0\\.1:8181(/v1/decisions) -H 'Content-Type: application/json' -d '([^']*)'\\n(.*)\\n");

    @Test
    void readmeCurl_postedToTheServer_answersAsShown() throws IOException {
        Matcher m = CURL.matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(m.find()).as("the README shows a curl call and its answer").isTrue();

        try (FinelineServer server = FinelineServer.builder(PolicyEngine.builder().warmUp(false)).port(0).noDecisionLog()
                .build().start()) {
            String answer = new Http(server.uri()).json(m.group(1), m.group(2)).body();

            String ruleBase = "\"ruleBase\":\"[^\"]*\"";
            assertThat(answer.replaceAll(ruleBase, "")).isEqualTo(m.group(3).replaceAll(ruleBase, ""));
        }
    }
}
