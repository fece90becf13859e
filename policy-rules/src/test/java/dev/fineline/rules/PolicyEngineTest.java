package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.RequestKind;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The engine itself: settings, custom rule files, errors, determinism. */
class PolicyEngineTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    static Path rules(String folder) {
        try {
            return Path.of(Objects.requireNonNull(PolicyEngineTest.class.getResource("/rules/" + folder)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Situation contractorRestricted(Settings settings) {
        return Situation.builder(AT)
                .organization(Organization.builder().settings(settings).build())
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-ola").build())
                .build();
    }

    private static Situation launchPost() {
        return Situation.builder(AT)
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-corp").build())
                .posts(Post.builder("post-1", "p-kari", "a-corp").tags(ContentTag.UPCOMING_LAUNCH)
                        .approvals(dev.fineline.model.Approval.MANAGEMENT).build())
                .build();
    }

    @Test
    void evaluate_emptySituation_allowedWithNoRuleApplied() {
        Decision decision = engine.evaluate(Situation.builder(AT).build());

        assertThat(decision).isAllowed().hasNoRuleApplied();
        assertThat(decision.describe()).isEqualTo("ALLOWED: no rule applied");
        assertThat(decision.ruleBase()).isEqualTo(engine.ruleBaseId()).startsWith("sha256:");
    }

    @Test
    void evaluate_nullSituation_throwsNamingTheArgument() {
        assertThatThrownBy(() -> engine.evaluate(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("situation: is required");
    }

    @Test
    void evaluate_guidanceIdDisabledInSettings_ruleDoesNotFire() {
        Settings settings = Settings.builder().rule("HOURS-2", RuleSetting.DISABLED).build();

        assertThat(engine.evaluate(contractorRestricted(settings))).hasNoRuleApplied();
    }

    @Test
    void evaluate_ruleNameDisabledInSettings_ruleDoesNotFire() {
        Settings settings = Settings.builder().rule("WorkHoursRestrictionOnNonStaff", RuleSetting.DISABLED).build();

        assertThat(engine.evaluate(contractorRestricted(settings))).hasNoFinding("HOURS-2").isAllowed();
    }

    @Test
    void evaluate_verdictChangedInSettings_findingCarriesNewVerdict() {
        Settings settings = Settings.builder().rule("HOURS-2", RuleSetting.verdict(Verdict.WARN)).build();

        assertThat(engine.evaluate(contractorRestricted(settings))).isWarn().hasFinding("HOURS-2", Verdict.WARN);
    }

    @Test
    void evaluate_ruleNameSettingBeatsGuidanceSetting_ruleNameWins() {
        Settings settings = Settings.builder()
                .rule("HOURS-2", RuleSetting.DISABLED)
                .rule("WorkHoursRestrictionOnNonStaff", RuleSetting.verdict(Verdict.WARN))
                .build();

        assertThat(engine.evaluate(contractorRestricted(settings))).isWarn().hasFinding("HOURS-2", Verdict.WARN);
    }

    @Test
    void evaluate_settingsNameUnknownRule_throwsQuotingIt() {
        Settings settings = Settings.builder().rule("HOURS-99", RuleSetting.DISABLED).build();

        assertThatThrownBy(() -> engine.evaluate(contractorRestricted(settings)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organization.settings.rules: \"HOURS-99\" names no rule and no guidance id in force");
    }

    @Test
    void evaluate_sameSituationTwice_sameDecision() {
        Situation situation = contractorRestricted(Settings.DEFAULT);

        assertThat(engine.evaluate(situation)).isEqualTo(engine.evaluate(situation));
    }

    @Test
    void build_customRuleFolder_customFindingsAlongsideBuiltIn() {
        PolicyEngine custom = PolicyEngine.builder().addRules(rules("good")).warmUp(false).build();

        Decision decision = custom.evaluate(launchPost());

        assertThat(decision).isForbidden().hasFindingAbout("ACME-7", "post-1").hasObligation(Obligation.CORRECT_AND_NOTIFY)
                .explains("AcmeTradeFairPhoto", "employee `p-kari` posted `post-1`");
        assertThat(custom.rules()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("AcmeTradeFairPhoto");
            assertThat(r.guidance()).isEqualTo("ACME-7");
            assertThat(r.verdict()).isEqualTo(Verdict.FORBIDDEN);
            assertThat(r.theme()).isEqualTo("acme");
            assertThat(r.origin()).endsWith("acme.drl");
        });
        assertThat(custom.ruleBaseId()).isNotEqualTo(engine.ruleBaseId());
    }

    @Test
    void build_customRulesOnly_builtInRulesLeftOut() {
        PolicyEngine custom = PolicyEngine.builder().builtInRules(false).addRules(rules("good/acme.drl")).warmUp(false).build();

        assertThat(custom.rules()).extracting(RuleInfo::name).containsExactly("AcmeTradeFairPhoto");
        assertThat(custom.evaluate(contractorRestricted(Settings.DEFAULT))).hasNoRuleApplied();
    }

    @Test
    void evaluate_customGuidanceDisabledInSettings_customRuleDoesNotFire() {
        PolicyEngine custom = PolicyEngine.builder().addRules(rules("good")).warmUp(false).build();
        Situation situation = Situation.builder(AT)
                .organization(Organization.builder().settings(Settings.builder().rule("ACME-7", RuleSetting.DISABLED).build()).build())
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-corp").build())
                .posts(Post.builder("post-1", "p-kari", "a-corp").tags(ContentTag.UPCOMING_LAUNCH)
                        .approvals(dev.fineline.model.Approval.MANAGEMENT).build())
                .build();

        assertThat(custom.evaluate(situation)).hasNoFinding("ACME-7");
    }

    @Test
    void build_brokenRuleFiles_refusedWholeWithFileAndLine() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(rules("broken")).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidRulesException.class, e -> {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.file()).endsWith("first.drl");
                assertThat(p.line()).isEqualTo(9);
            });
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.file()).endsWith("second.drl");
                assertThat(p.line()).isBetween(15, 18);
            });
            assertThat(e.problems()).hasSize(2);
            assertThat(e.getMessage()).startsWith("rules refused: 2 problems")
                    .contains("first.drl:9: in constraint \"noSuchField == 3\": Post has no property \"noSuchField\"");
        });
    }

    @Test
    void build_ruleWithoutMetadata_refusedNamingTheRule() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(rules("nometa")).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("nometa.drl")
                .hasMessageContaining("rule \"NoGuidance\" has no @guidance(\"ID\") metadata");
    }

    @Test
    void build_duplicateRuleName_refusedWithTheLineOfTheSecond(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String rule = "package com.acme.policy;\nimport dev.fineline.model.*;\nimport dev.fineline.rules.FindingSink;\n"
                + "global FindingSink findings;\n\nrule \"Twice\" @guidance(\"ACME-1\") @verdict(WARN)\nwhen\n    $post : Post()\n"
                + "then\n    findings.emit(Verdict.WARN, $post.id(), \"x\");\nend\n";
        java.nio.file.Files.writeString(dir.resolve("a.drl"), rule);
        java.nio.file.Files.writeString(dir.resolve("b.drl"), "\n\n" + rule);

        assertThatThrownBy(PolicyEngine.builder().addRules(dir).warmUp(false)::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("b.drl:8: rule name \"Twice\" is already used by another rule");
    }

    @Test
    void build_missingRulePath_refusedNamingThePath() {
        PolicyEngine.Builder builder = PolicyEngine.builder().addRules(Path.of("no/such/rules")).warmUp(false);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("no/such/rules: no such file or folder");
    }

    @Test
    void evaluate_ruleThrows_errorNamesRuleAndVerdictIsWarn() {
        PolicyEngine failing = PolicyEngine.builder().addRules(rules("throwing")).trusted(true).warmUp(false).build();

        Decision decision = failing.evaluate(launchPost());

        assertThat(decision).isWarn();
        assertThat(decision.errors()).singleElement().satisfies(e -> assertThat(e.rule()).isEqualTo("AlwaysFails"));
        assertThat(decision.noRuleApplied()).isFalse();
        // the engine stays usable
        assertThat(failing.evaluate(Situation.builder(AT).build())).hasNoRuleApplied();
    }

    @Test
    void evaluate_ruleThrowsWithFailClosed_forbidden() {
        PolicyEngine failing = PolicyEngine.builder().addRules(rules("throwing")).trusted(true).failClosed(true).warmUp(false).build();

        assertThat(failing.evaluate(launchPost())).isForbidden();
    }

    @Test
    void evaluate_rulesLoop_stoppedAtFiringLimitWithError() {
        PolicyEngine looping = PolicyEngine.builder().builtInRules(false).addRules(rules("looping")).trusted(true)
                .maxFirings(500).warmUp(false).build();

        Decision decision = looping.evaluate(launchPost());

        assertThat(decision).isWarn();
        assertThat(decision.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("500 rule firings");
            assertThat(e.rule()).isEqualTo("Again");
        });
    }

    @Test
    void evaluate_rulesLoopPastTimeBound_stoppedWithErrorAndFindingsKept() {
        PolicyEngine looping = PolicyEngine.builder().addRules(rules("looping")).trusted(true).isolated(false)
                .maxFirings(Integer.MAX_VALUE).maxTime(java.time.Duration.ofMillis(500)).warmUp(false).build();
        Situation situation = Situation.builder(AT)
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).build())
                .accounts(Account.corporate("a-corp").build())
                .posts(Post.builder("post-1", "p-ola", "a-corp").tags(ContentTag.NDA_INFORMATION).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-ola").build())
                .build();

        looping.evaluate(situation); // the first decision compiles the consequences; the bound is about firing

        Decision decision = looping.evaluate(situation);

        assertThat(decision.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("stopped after 500 ms of rule firing");
            assertThat(e.rule()).isEqualTo("Again");
        });
        assertThat(decision).isForbidden().hasFinding("HOURS-2").hasFinding("POST-4");
        assertThat(looping.evaluate(Situation.builder(AT).build())).hasNoRuleApplied();
    }

    @Test
    void maxTime_zero_throwsQuotingValue() {
        assertThatThrownBy(() -> PolicyEngine.builder().maxTime(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTime: must be a positive duration, was PT0S");
    }

    @Test
    void maxFirings_zero_throwsQuotingValue() {
        assertThatThrownBy(() -> PolicyEngine.builder().maxFirings(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFirings: must be at least 1, was 0");
    }

    @Test
    void builder_isImmutable_specialisingDoesNotChangeOriginal() {
        PolicyEngine.Builder base = PolicyEngine.builder().warmUp(false);
        base.builtInRules(false);

        assertThat(base.build().rules()).isNotEmpty();
    }

    @Test
    void ruleBaseId_sameRules_sameId() {
        assertThat(PolicyEngine.builder().warmUp(false).build().ruleBaseId()).isEqualTo(engine.ruleBaseId());
    }
}
