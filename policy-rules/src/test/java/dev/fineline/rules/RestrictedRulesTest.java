package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Custom rule files are restricted by default: hostile ones are refused with file, line and reason. */
class RestrictedRulesTest {

    static Path hostile() {
        try {
            return Path.of(Objects.requireNonNull(RestrictedRulesTest.class.getResource("/hostile")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(hostile().resolve("expected.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 3))
                .map(p -> Arguments.of(p[0], Integer.parseInt(p[1]), p[2]));
    }

    private static Situation onePost() {
        return Situation.builder(Instant.parse("2026-11-23T10:00:00Z"))
                .people(Person.builder("p-1").build())
                .accounts(Account.corporate("a-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").build())
                .build();
    }

    @Test
    void corpus_holdsAtLeastTwentyHostileFiles() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void build_hostileRuleFile_refusedWithFileLineAndReason(String file, int line, String reason) {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(hostile().resolve(file)).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRulesException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).endsWith(file);
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(reason);
                }));
    }

    @Test
    void build_canaryRestricted_refusedAndNeverRuns() {
        System.clearProperty("fineline.canary");
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(PolicyEngineTest.rules("canary")).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("canary.drl:13: \"System\" is not allowed in a restricted rule file");
        assertThat(System.getProperty("fineline.canary")).isNull();
    }

    @Test
    void build_canaryTrusted_compilesAndRuns() {
        System.clearProperty("fineline.canary");
        PolicyEngine trusted = PolicyEngine.builder().addRules(PolicyEngineTest.rules("canary")).trusted(true).warmUp(false).build();

        DecisionAssert.assertThat(trusted.evaluate(onePost())).hasFinding("CANARY-1");
        assertThat(System.getProperty("fineline.canary")).isEqualTo("ran");
        System.clearProperty("fineline.canary");
    }

    @Test
    void build_everyHostileFileAtOnce_noneRunsAndNothingLoads() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(hostile()).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRulesException.class,
                e -> assertThat(e.problems().stream().map(RuleProblem::file).distinct().count()).isGreaterThanOrEqualTo(20));
    }

    @Test
    void check_commentsAndStrings_neitherHideNorTrigger() {
        RuleSource source = new RuleSource("x.drl", "x.drl", "package x;\n// System.exit(1)\nrule \"R\" @guidance(\"X-1\") @verdict(WARN)\n"
                + "when\n    $p : Post(text == \"System.exit while for\")\nthen\n    /* Runtime */ findings.emit(Verdict.WARN, $p.id(), \"for ever\");\nend\n");

        assertThat(RuleChecker.check(source)).isEmpty();
    }
}
