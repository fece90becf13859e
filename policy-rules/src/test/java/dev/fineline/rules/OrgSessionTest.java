package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Situation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation kept resident: changes, their deltas, the clock, refusals and failures. */
class OrgSessionTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    /** Kari with a public LinkedIn connected with a client, Ola holding the corporate X account. */
    private static Situation acme() {
        return Situation.builder(AT)
                .people(Person.builder("p-kari").build(), Person.builder("p-ola").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-kari-li", "p-kari").platform(Platform.LINKEDIN).build(),
                        Account.corporate("a-acme-x").platform(Platform.X).credentialHolders(List.of("p-ola"))
                                .passwordChangedOn(LocalDate.of(2026, 10, 1)).build())
                .connections(Connection.of("a-kari-li", "c-nordbank"))
                .build();
    }

    private static Post praise(String id) {
        return Post.builder(id, "p-kari", "a-kari-li").tags(ContentTag.WORK_RELATED, ContentTag.PRODUCT_PRAISE).build();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void readmeSnippet_postThenDeparture_printsDocumentedOutput() throws java.io.IOException {
        Situation acme = Situation.builder(Instant.parse("2026-11-23T09:00:00Z"))
                .people(Person.builder("p-ola").acknowledgedPolicy(true).build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-ola-li", "p-ola").platform(Platform.LINKEDIN).build())
                .connections(Connection.of("a-ola-li", "c-nordbank"))
                .build();
        StringBuilder printed = new StringBuilder();

        try (OrgSession org = engine.openSession(acme)) {
            print(org.apply(Change.postDrafted(Post.builder("post-1", "p-ola", "a-ola-li")
                    .tags(ContentTag.NDA_INFORMATION).build())), printed);
            print(org.apply(Change.personDeparted("p-ola", LocalDate.of(2026, 11, 20))), printed);
        }

        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        assertThat(readme).contains("```\n" + printed + "```");
    }

    private static void print(Delta delta, StringBuilder out) {
        delta.disappeared().forEach(f -> out.append("- ").append(f.guidance()).append(": ").append(f.explanation()).append('\n'));
        delta.appeared().forEach(f -> out.append("+ ").append(f.guidance()).append(": ").append(f.explanation()).append('\n'));
    }

    @Test
    void openSession_situation_sameDecisionAsEvaluate() {
        try (OrgSession org = engine.openSession(acme())) {
            assertThat(org.decision()).isEqualTo(engine.evaluate(acme()));
            assertThat(org.at()).isEqualTo(AT);
        }
    }

    @Test
    void openSession_norwegian_findingsExplainedInNorwegianAsEvaluateDoes() {
        java.util.Locale nb = java.util.Locale.forLanguageTag("nb");
        try (OrgSession org = engine.openSession(acme(), nb)) {
            Delta delta = org.apply(Change.postDrafted(praise("post-1")));

            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation(),
                    EvaluationOptions.builder().locale(nb).contentAnalysis(false).build()));
            assertThat(delta.appeared()).extracting(Finding::explanation).anySatisfy(e -> assertThat(e).contains("`post-1`")
                    .contains("personlig LinkedIn-konto `a-kari-li`"));
        }
    }

    /** A manager, a report with a private Facebook account, and the manager's own account. */
    private static Situation team() {
        return Situation.builder(AT)
                .people(Person.builder("p-boss").supervisor(true).build(), Person.builder("p-kari").reportsTo("p-boss").build())
                .accounts(Account.personal("a-boss-fb", "p-boss").platform(Platform.FACEBOOK).build(),
                        Account.personal("a-kari-fb", "p-kari").platform(Platform.FACEBOOK)
                                .visibility(dev.fineline.model.Visibility.PRIVATE).build())
                .build();
    }

    @Test
    void openSession_withRelationship_heldAndJudgedAsEvaluateDoes() {
        Situation team = team().withRelationship(dev.fineline.model.Relationship.request("a-boss-fb", "a-kari-fb", AT));

        try (OrgSession org = engine.openSession(team)) {
            assertThat(org.situation().relationships()).isEqualTo(team.relationships());
            assertThat(org.decision()).isEqualTo(engine.evaluate(team, EvaluationOptions.builder().contentAnalysis(false).build()));
            assertThat(rules(org.decision().findings())).contains("ManagerWatchesReportPrivateAccount");
        }
    }

    @Test
    void apply_relationshipRequestedAcceptedEnded_managersFindingFollows() {
        try (OrgSession org = engine.openSession(team())) {
            Delta requested = org.apply(Change.related(dev.fineline.model.Relationship.request("a-boss-fb", "a-kari-fb", null)));
            Delta accepted = org.apply(Change.relationshipAccepted("request:a-boss-fb->a-kari-fb"));
            Delta ended = org.apply(Change.relationshipEnded("request:a-boss-fb->a-kari-fb"));

            assertThat(requested.appeared()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo("ManagerWatchesReportPrivateAccount");
                assertThat(f.explanation()).contains("sent a friend or connection request to");
                assertThat(f.involved().relationships()).containsExactly("request:a-boss-fb->a-kari-fb");
            });
            assertThat(accepted.disappeared()).hasSize(1);
            assertThat(accepted.appeared()).singleElement().satisfies(f -> assertThat(f.explanation()).contains("connected"));
            assertThat(ended.disappeared()).hasSize(1);
            assertThat(ended.appeared()).isEmpty();
            assertThat(org.situation().relationships()).isEmpty();
        }
    }

    @Test
    void apply_relationshipToAnUnknownAccountOrAcceptedTwice_refusedQuotingIt() {
        try (OrgSession org = engine.openSession(team())) {
            assertThatThrownBy(() -> org.apply(Change.related(dev.fineline.model.Relationship.follow("a-boss-fb", "a-nobody"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a-nobody\"");
            org.apply(Change.related(dev.fineline.model.Relationship.follow("a-boss-fb", "a-kari-fb")));
            String id = org.situation().relationships().get(0).id();
            assertThatThrownBy(() -> org.apply(Change.relationshipAccepted(id))).hasMessageContaining("is accepted already");
            assertThatThrownBy(() -> org.apply(Change.relationshipEnded("no-such"))).hasMessageContaining("\"no-such\"");
        }
    }

    @Test
    void apply_personUpdatedIntoALoopOrToAnUnknownManager_refusedNamingTheLine() {
        try (OrgSession org = engine.openSession(team())) {
            Person boss = org.situation().people().get(0);

            assertThatThrownBy(() -> org.apply(Change.personUpdated(boss.withReportsTo("p-kari"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person.reportsTo: reporting line loops: \"p-boss\" -> \"p-kari\" -> \"p-boss\"");
            assertThatThrownBy(() -> org.apply(Change.personJoined(Person.builder("p-new").reportsTo("p-gone").build())))
                    .hasMessageContaining("person.reportsTo").hasMessageContaining("\"p-gone\"");
            assertThat(org.situation().people()).extracting(Person::reportsTo).containsExactly(null, "p-boss");
        }
    }

    @Test
    void apply_personDeparted_keepsTheirManager() {
        try (OrgSession org = engine.openSession(team())) {
            org.apply(Change.personDeparted("p-kari", LocalDate.of(2026, 11, 20)));

            assertThat(org.situation().people()).filteredOn(p -> p.id().equals("p-kari")).singleElement()
                    .satisfies(p -> assertThat(p.reportsTo()).isEqualTo("p-boss"));
        }
    }

    @Test
    void apply_postWithACardNumberInItsText_findingWithTheEvidenceAsEvaluateGives() {
        Post draft = Post.builder("post-1", "p-kari", "a-kari-li").text("Here's the receipt, card 4539 1488 0343 6467").build();

        try (OrgSession org = engine.openSession(acme())) {
            Delta delta = org.apply(Change.postDrafted(draft));

            assertThat(delta.appeared()).filteredOn(f -> f.guidance().equals("POST-2")).singleElement().satisfies(f -> {
                assertThat(f.explanation()).endsWith("a payment card number ending 6467 that passes the Luhn check");
                assertThat(f.evidence()).extracting(dev.fineline.content.Signal::detector).contains("payment-card");
            });
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
            assertThat(org.decision().signalsFor("post-1")).isNotEmpty();
        }
    }

    @Test
    void openSession_contentAnalysisOff_judgesTheSamePostByItsTagsOnly() {
        Post draft = Post.builder("post-1", "p-kari", "a-kari-li").text("Here's the receipt, card 4539 1488 0343 6467").build();
        EvaluationOptions byTags = EvaluationOptions.builder().contentAnalysis(false).build();

        try (OrgSession org = engine.openSession(acme(), byTags)) {
            Delta delta = org.apply(Change.postDrafted(draft));

            assertThat(rules(delta.appeared())).doesNotContain("CustomerDataInPost");
            assertThat(org.decision().signals()).isEmpty();
        }
    }

    @Test
    void apply_contactAddedWhoseNameAPostAlreadyCarries_postReadAgainAndTheMentionJudged() {
        Situation acme = acme().toBuilder().organization(dev.fineline.model.Organization.builder().name("Acme AS")
                .settings(dev.fineline.model.Settings.builder().secretClients(List.of("c-fjord")).build()).build()).build();
        Post post = Post.builder("post-1", "p-kari", "a-kari-li").text("Great workshop with Fjord Shipping today").build();

        try (OrgSession org = engine.openSession(acme)) {
            Delta drafted = org.apply(Change.postDrafted(post));
            Delta added = org.apply(Change.contactAdded(Contact.of("c-fjord", "Fjord Shipping", ContactKind.CLIENT)));

            assertThat(rules(drafted.appeared())).doesNotContain("SecretClientNamed");
            assertThat(added.appeared()).filteredOn(f -> f.rule().equals("SecretClientNamed")).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).contains("client `c-fjord`"));
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
        }
    }

    @Test
    void openSession_optionsWithAFocus_refusedQuotingIt() {
        assertThatThrownBy(() -> engine.openSession(acme(), EvaluationOptions.builder().focus(Focus.on("p-kari")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("options.focus: a resident session answers about the whole organisation, was \"p-kari\"");
    }

    @Test
    void apply_postDrafted_onlyThePostsFindingsAppear() {
        try (OrgSession org = engine.openSession(acme())) {
            Delta delta = org.apply(Change.postDrafted(praise("post-1")));

            assertThat(delta.disappeared()).isEmpty();
            assertThat(delta.appeared()).allSatisfy(f -> assertThat(f.subject()).isEqualTo("post-1"));
            assertThat(rules(delta.appeared())).containsExactlyInAnyOrder("UndisclosedPraiseOnPersonalAccount",
                    "WorkContentOnPublicPersonalAccount");
            assertThat(org.situation().posts()).singleElement().satisfies(p -> assertThat(p.postedAt()).isEqualTo(AT));
        }
    }

    @Test
    void apply_draftDiscarded_itsFindingsDisappear() {
        try (OrgSession org = engine.openSession(acme())) {
            Delta drafted = org.apply(Change.postDrafted(praise("post-1")));

            Delta discarded = org.apply(Change.draftDiscarded("post-1"));

            assertThat(discarded.appeared()).isEmpty();
            assertThat(discarded.disappeared()).containsExactlyElementsOf(drafted.appeared());
            assertThat(org.decision()).isEqualTo(engine.evaluate(acme()));
        }
    }

    @Test
    void apply_draftPublishedUnchanged_emptyDelta() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.postDrafted(praise("post-1").withPostedAt(AT)));

            assertThat(org.apply(Change.postPublished(praise("post-1").withPostedAt(AT))).isEmpty()).isTrue();
        }
    }

    @Test
    void apply_personDeparted_connectionAndAccessFindingsChange() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.personDeparted("p-ola", LocalDate.of(2026, 11, 20)));
            Delta delta = org.apply(Change.personDeparted("p-kari", LocalDate.of(2026, 11, 20)));

            assertThat(rules(delta.disappeared())).containsExactly("PersonalClientConnection");
            assertThat(rules(delta.appeared())).containsExactly("DepartedPersonStillConnected");
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
            assertThat(org.decision().reasons()).contains("DepartedPersonHoldsAccess", "PasswordNotRotatedAfterDeparture");
        }
    }

    @Test
    void apply_passwordChangedAndAccessRevoked_departureFindingsDisappear() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.personDeparted("p-ola", LocalDate.of(2026, 11, 20)));

            Delta rotated = org.apply(Change.passwordChanged("a-acme-x", LocalDate.of(2026, 11, 23)));
            Delta revoked = org.apply(Change.accessRevoked("a-acme-x", "p-ola"));

            assertThat(rules(rotated.disappeared())).containsExactly("PasswordNotRotatedAfterDeparture");
            assertThat(rules(revoked.disappeared())).containsExactly("DepartedPersonHoldsAccess");
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
        }
    }

    @Test
    void advanceTo_pastDisconnectionDeadline_forbiddenWithoutOtherChange() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.personDeparted("p-kari", LocalDate.of(2026, 11, 20)));
            Delta asked = org.apply(Change.disconnectionRequested("a-kari-li", "c-nordbank", LocalDate.of(2026, 11, 23)));
            assertThat(rules(asked.appeared())).containsExactly("DisconnectionPending");

            Delta tenDays = org.advanceTo(AT.plus(Duration.ofDays(10)));
            Delta fifteenDays = org.advanceTo(AT.plus(Duration.ofDays(15)));

            assertThat(rules(tenDays.appeared())).containsExactly("DisconnectionPending");
            assertThat(tenDays.appeared().get(0).explanation()).contains("10 of the 14 days");
            assertThat(rules(fifteenDays.disappeared())).containsExactly("DisconnectionPending");
            assertThat(rules(fifteenDays.appeared())).containsExactly("DisconnectionDeadlinePassed");
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
        }
    }

    @Test
    void advanceTo_pastRotationPeriod_stalePasswordAppears() {
        try (OrgSession org = engine.openSession(acme())) {
            assertThat(org.decision().reasons()).doesNotContain("StalePassword");

            Delta delta = org.advanceTo(Instant.parse("2027-06-01T10:00:00Z"));

            assertThat(rules(delta.appeared())).containsExactly("StalePassword");
            assertThat(org.at()).isEqualTo(Instant.parse("2027-06-01T10:00:00Z"));
        }
    }

    @Test
    void advanceTo_earlierMoment_refusedQuotingBoth() {
        try (OrgSession org = engine.openSession(acme())) {
            assertThatThrownBy(() -> org.advanceTo(AT.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("moment: must not be before the session's clock \"2026-11-23T10:00:00Z\", was "
                            + "\"2026-11-23T09:59:59Z\"");
        }
    }

    @Test
    void apply_postDeletedThenAuthorPromoted_deletedPostJudgedAgain() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.postPublished(Post.builder("post-1", "p-kari", "a-kari-li").tags(ContentTag.PRODUCT_REVIEW).build()));
            Delta deleted = org.apply(Change.postDeleted("post-1"));
            assertThat(rules(deleted.appeared())).containsExactly("DeletedPostStillCounts");

            // POST-14 joins only the post; it reads the post's other findings, which change with its author
            Delta promoted = org.apply(Change.personUpdated(Person.builder("p-kari").supervisor(true).build()));

            assertThat(rules(promoted.appeared())).containsExactlyInAnyOrder("UndisclosedReviewByManager",
                    "DeletedPostStillCounts");
            assertThat(promoted.appeared()).anySatisfy(f -> assertThat(f.explanation()).contains("(POST-13, PROMO-5)"));
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
        }
    }

    @Test
    void apply_unknownAuthor_refusedAndSessionUnchanged() {
        try (OrgSession org = engine.openSession(acme())) {
            Post stranger = Post.builder("post-1", "p-nobody", "a-kari-li").build();

            assertThatThrownBy(() -> org.apply(Change.postDrafted(stranger))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("post.author: names no person: \"p-nobody\"");
            assertThat(org.decision()).isEqualTo(engine.evaluate(acme()));
        }
    }

    @Test
    void apply_takenId_refusedNamingItsHolder() {
        try (OrgSession org = engine.openSession(acme())) {
            assertThatThrownBy(() -> org.apply(Change.personJoined(Person.builder("a-kari-li").build())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("person.id: duplicate id \"a-kari-li\", already used by an account");
        }
    }

    @Test
    void apply_discardPublishedPost_refused() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.postPublished(praise("post-1")));

            assertThatThrownBy(() -> org.apply(Change.draftDiscarded("post-1"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("postId: post \"post-1\" is PUBLISHED, not a draft; delete it instead");
        }
    }

    @Test
    void apply_discardResharedDraft_refusedUntilTheResharingPostGoes() {
        try (OrgSession org = engine.openSession(acme())) {
            org.apply(Change.postDrafted(Post.builder("post-1", "p-ola", "a-acme-x").build()));
            org.apply(Change.postDrafted(Post.builder("post-2", "p-kari", "a-kari-li").resharedFrom("post-1").build()));

            assertThatThrownBy(() -> org.apply(Change.draftDiscarded("post-1"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("postId: draft \"post-1\" is reshared by another post");
            org.apply(Change.draftDiscarded("post-2"));
            assertThat(org.apply(Change.draftDiscarded("post-1")).isEmpty()).isTrue();
            assertThat(org.situation().posts()).isEmpty();
        }
    }

    @Test
    void apply_ruleThrows_sessionClosedWithReasonOnEveryLaterCall() {
        PolicyEngine failing = PolicyEngine.builder().addRules(PolicyEngineTest.rules("throwing")).trusted(true).warmUp(false).build();
        OrgSession org = failing.openSession(acme());

        assertThatThrownBy(() -> org.apply(Change.postDrafted(praise("post-1")))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("change postDrafted \"post-1\" failed in rule \"AlwaysFails\": ")
                .hasMessageEndingWith("; the session is closed");
        assertThatThrownBy(org::decision).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the organisation session is closed: change postDrafted \"post-1\" failed in rule "
                        + "\"AlwaysFails\"");
        assertThatThrownBy(() -> org.advanceTo(AT.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        org.close();
    }

    @Test
    void apply_rulesLoop_sessionClosedNamingTheBound() {
        PolicyEngine looping = PolicyEngine.builder().builtInRules(false).addRules(PolicyEngineTest.rules("looping")).trusted(true)
                .maxFirings(500).warmUp(false).build();
        OrgSession org = looping.openSession(acme());

        assertThatThrownBy(() -> org.apply(Change.postDrafted(praise("post-1")))).isInstanceOf(IllegalStateException.class)
                .hasMessage("change postDrafted \"post-1\" failed: most firings by rule \"Again\"; stopped after 500 rule "
                        + "firings; the rules may loop; the session is closed");
        assertThatThrownBy(org::situation).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the organisation session is closed: change postDrafted");
    }

    @Test
    void close_twice_laterCallsRefused() {
        OrgSession org = engine.openSession(acme());
        org.close();
        org.close();

        assertThatThrownBy(org::at).isInstanceOf(IllegalStateException.class)
                .hasMessage("the organisation session is closed");
    }

    @Test
    void openSession_null_refused() {
        assertThatThrownBy(() -> engine.openSession(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("situation: is required");
    }

    @Test
    void apply_contractorJoinsAndHoldsNothing_onlyPolicyFindings() {
        try (OrgSession org = engine.openSession(acme())) {
            Delta joined = org.apply(Change.personJoined(Person.builder("p-eva").engagement(Engagement.FREELANCER).build()));

            assertThat(joined.isEmpty()).isTrue();
            assertThat(org.decision()).isEqualTo(engine.evaluate(org.situation()));
        }
    }
}
