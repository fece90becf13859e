package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Message;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Relationship;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Involved ids on every finding, {@code Decision.involving} and questions about one subject. */
class FocusTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    /** A harmless draft by Kari in an organisation where a departed contractor still holds a corporate login. */
    private static Situation organisation() {
        return Situation.builder(AT)
                .people(Person.builder("p-boss").supervisor(true).build(),
                        Person.builder("p-kari").reportsTo("p-boss").build(),
                        Person.builder("p-lars").departedOn(LocalDate.of(2026, 10, 30)).build())
                .accounts(Account.personal("a-boss-ig", "p-boss").platform(Platform.INSTAGRAM).build(),
                        Account.personal("a-kari-ig", "p-kari").platform(Platform.INSTAGRAM).visibility(Visibility.PRIVATE).build(),
                        Account.corporate("a-corp-x").platform(Platform.X).credentialHolders("p-lars")
                                .passwordChangedOn(LocalDate.of(2026, 9, 1)).build())
                .posts(Post.builder("post-draft", "p-kari", "a-kari-ig").status(PostStatus.DRAFT).tags(ContentTag.SMALL_TALK).build())
                .relationships(Relationship.follow("a-boss-ig", "a-kari-ig"))
                .build();
    }

    @Test
    void evaluate_everyFinding_involvedIdsTypedFromTheMatch() {
        Decision decision = engine.evaluate(organisation());

        Finding access = decision.findings().stream().filter(f -> f.guidance().equals("CORP-3")).findFirst().orElseThrow();
        assertThat(access.involved().people()).containsExactly("p-lars");
        assertThat(access.involved().accounts()).containsExactly("a-corp-x");
        assertThat(access.involved().posts()).isEmpty();

        Finding watch = decision.findings().stream().filter(f -> f.guidance().equals("MON-2")).findFirst().orElseThrow();
        assertThat(watch.involved().people()).as("the accounts' owners").containsExactly("p-boss", "p-kari");
        assertThat(watch.involved().accounts()).containsExactly("a-boss-ig", "a-kari-ig");
        assertThat(watch.involved().relationships()).containsExactly("follow:a-boss-ig->a-kari-ig");
    }

    @Test
    void involving_personId_findingsAboutThemWithoutTextSearch() {
        Decision decision = engine.evaluate(organisation());

        assertThat(decision.involving("p-lars")).extracting(Finding::guidance).containsOnly("CORP-3", "CORP-4");
        assertThat(decision.involving("p-kari")).extracting(Finding::guidance).containsExactly("MON-2");
        assertThat(decision.involving("p-nobody")).isEmpty();
    }

    @Test
    void evaluate_focusOnHarmlessDraft_allowedDespiteOthersFindings() {
        Situation situation = organisation();

        Decision whole = engine.evaluate(situation);
        Decision focused = engine.evaluate(situation, Focus.on("post-draft"));

        assertThat(whole.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(focused.verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(focused.findings()).isEmpty();
        assertThat(focused.noRuleApplied()).isTrue();
        assertThat(focused.ruleBase()).isEqualTo(whole.ruleBase());
    }

    @Test
    void evaluate_focusOnRiskyDraft_onlyThatDraftsFindings() {
        Situation situation = organisation().withPost(Post.builder("post-draft", "p-kari", "a-kari-ig")
                .status(PostStatus.DRAFT).tags(ContentTag.PROTOTYPE).build());

        Decision focused = engine.evaluate(situation, Focus.on("post-draft"));

        assertThat(focused.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(focused.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.involved().posts()).contains("post-draft"));
        assertThat(focused.guidance()).contains("POST-1").doesNotContain("CORP-3", "CORP-4", "MON-2");
    }

    @Test
    void evaluate_focusOnPerson_findingsOfTheirAccountsAndRelationships() {
        Decision kari = engine.evaluate(organisation(), Focus.on("p-kari"));
        Decision lars = engine.evaluate(organisation(), Focus.on("p-lars"));
        Decision account = engine.evaluate(organisation(), Focus.on("a-corp-x"));

        assertThat(kari.guidance()).containsExactly("MON-2");
        assertThat(kari.verdict()).isEqualTo(Verdict.WARN);
        assertThat(lars.guidance()).containsOnly("CORP-3", "CORP-4");
        assertThat(account.guidance()).containsOnly("CORP-3", "CORP-4");
    }

    @Test
    void evaluate_focusOnMessageRecipient_messageFindingsConcernThem() {
        Situation situation = organisation().withMessage(
                Message.of("m-1", "p-boss", "a-boss-ig", "p-kari", null, ContentTag.FLIRTATIOUS));

        Decision message = engine.evaluate(situation, Focus.on("m-1"));

        assertThat(message.guidance()).containsExactly("CONN-4");
        assertThat(message.findings().get(0).involved().people()).contains("p-boss", "p-kari");
        assertThat(engine.evaluate(situation, Focus.on("p-kari")).guidance()).contains("CONN-4", "MON-2");
    }

    @Test
    void evaluate_focusOnUnknownId_refusedNamingIt() {
        assertThatThrownBy(() -> engine.evaluate(organisation(), Focus.on("post-gone")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("focus: names nothing in the situation: \"post-gone\"");
        assertThatThrownBy(() -> Focus.on(" ")).hasMessage("focus: must not be blank, was \" \"");
        assertThatThrownBy(() -> engine.evaluate(organisation(), (Focus) null)).hasMessage("focus: is required");
    }

    @Test
    void evaluate_customRule_involvedIdsWithoutTheRuleSayingAnything(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("custom.drl"), """
                package com.example;
                import dev.fineline.model.*;
                import dev.fineline.rules.FindingSink;
                global FindingSink findings;
                rule "NoFollowingAtAll" @guidance("X-1") @verdict(WARN)
                when
                    $r : Relationship(kind == RelationshipKind.FOLLOW)
                then
                    findings.emit(Verdict.WARN, $r.id(), "a follow");
                end
                """);
        PolicyEngine custom = PolicyEngine.builder().builtInRules(false).addRules(dir).warmUp(false).build();

        Decision decision = custom.evaluate(organisation());

        assertThat(decision.findings()).singleElement().satisfies(f -> {
            assertThat(f.involved().relationships()).containsExactly("follow:a-boss-ig->a-kari-ig");
            assertThat(f.involved().people()).containsExactly("p-boss", "p-kari");
            assertThat(f.involves("p-kari")).isTrue();
        });
    }
}
