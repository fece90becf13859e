package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import dev.fineline.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names the documentation uses are the names in force: fields of a decision, rules, DRL that compiles. */
class DocsTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void formatDoc_decisionExample_everyFieldDecisionJsonWritesAndARuleInForce() throws IOException {
        String doc = Files.readString(DOCS.resolve("situation-format.yaml"));
        String example = doc.substring(doc.indexOf("# The decision as JSON"));
        Decision decision = PolicyEngine.builder().warmUp(false).build().evaluate(Situation.builder(java.time.Instant.EPOCH).build());
        Matcher keys = Pattern.compile("\"(\\w+)\":").matcher(DecisionJson.write(decision, "f.yaml"));
        List<String> written = new ArrayList<>();
        while (keys.find()) {
            written.add(keys.group(1));
        }
        Matcher rule = Pattern.compile("\"rule\": \"(\\w+)\"").matcher(example);

        assertThat(written).contains("noRuleApplied", "errors");
        assertThat(written).allSatisfy(key -> assertThat(example).contains("\"" + key + "\""));
        assertThat(rule.find()).isTrue();
        assertThat(PolicyEngine.builder().warmUp(false).build().rules()).extracting(RuleInfo::name).contains(rule.group(1));
    }

    @Test
    void authoringGuide_everyDrlExample_compilesAsARestrictedCustomFile(@TempDir Path dir) throws IOException {
        String guide = Files.readString(DOCS.resolve("authoring.md"));
        Matcher blocks = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        List<Path> files = new ArrayList<>();
        while (blocks.find()) {
            String drl = blocks.group(1);
            if (!drl.contains("package ")) {
                // A fragment such as the Media example: the header every rule file has.
                drl = "package com.acme.policy;\nimport dev.fineline.model.*;\nimport dev.fineline.rules.FindingSink;\n"
                        + "import dev.fineline.rules.Obligation;\nglobal FindingSink findings;\n" + drl;
            }
            Path file = dir.resolve("example-" + files.size() + ".drl");
            Files.writeString(file, drl);
            files.add(file);
        }

        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(files).warmUp(false).build();

        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        assertThat(engine.rules()).extracting(RuleInfo::name).contains("AcmeNoTradeFairLeaks", "AcmeNoLabPhotos");
        assertThat(guide).contains("`Media`").contains("`from`");
    }

    @Test
    void authoringGuide_csvTableExample_compilesAndIsTheAcmePacksTable(@TempDir Path dir) throws IOException {
        String guide = Files.readString(DOCS.resolve("authoring.md"));
        Matcher block = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertThat(block.find()).isTrue();
        Path file = dir.resolve("example.csv");
        Files.writeString(file, block.group(1));

        PolicyEngine engine = PolicyEngine.builder().builtInRules(false).addRules(file).warmUp(false).build();

        assertThat(engine.rules()).extracting(RuleInfo::name)
                .containsExactlyInAnyOrder("AcmeNoProductVideosOnYouTube", "AcmeNoWorkContentOnTikTok");
        List<String> pack = Files.readAllLines(DOCS.resolveSibling("policy-examples/acme-pack/rules/platform-content.csv"));
        assertThat(pack).containsAll(block.group(1).lines().toList());
    }
}
