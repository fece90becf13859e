package dev.fineline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reporting lines and links between accounts. */
class RelationshipsTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void construct_reportsToNobody_locatedError() {
        assertThatThrownBy(() -> Situation.builder(AT).people(Person.builder("p-a").reportsTo("p-ghost").build()).build())
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("people[0].reportsTo: names no person: \"p-ghost\""));
    }

    @Test
    void construct_reportingCycle_oneErrorNamingTheCycle() {
        Situation.Builder b = Situation.builder(AT).people(
                Person.builder("p-top").build(),
                Person.builder("p-b").reportsTo("p-c").build(),
                Person.builder("p-c").reportsTo("p-d").build(),
                Person.builder("p-d").reportsTo("p-b").build(),
                Person.builder("p-e").reportsTo("p-c").build());

        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "people[1].reportsTo: reporting line forms a cycle: \"p-b\" -> \"p-c\" -> \"p-d\" -> \"p-b\""));
    }

    @Test
    void construct_personReportingToThemselves_cycleOfOne() {
        assertThatThrownBy(() -> Situation.builder(AT).people(Person.builder("p-a").reportsTo("p-a").build()).build())
                .hasMessageContaining("people[0].reportsTo: reporting line forms a cycle: \"p-a\" -> \"p-a\"");
    }

    @Test
    void construct_treeOfReportingLines_acceptedWithDirectReports() {
        Situation s = Situation.builder(AT).people(
                Person.builder("p-ceo").build(),
                Person.builder("p-boss").reportsTo("p-ceo").supervisor(true).build(),
                Person.builder("p-kari").reportsTo("p-boss").build(),
                Person.builder("p-ola").reportsTo("p-boss").build()).build();

        assertThat(s.directReports("p-boss")).containsExactly("p-kari", "p-ola");
        assertThat(s.directReports("p-kari")).isEmpty();
    }

    @Test
    void construct_relationshipToUnknownAccount_locatedError() {
        Situation.Builder b = Situation.builder(AT).people(Person.builder("p-a").build())
                .accounts(Account.personal("a-a", "p-a").build())
                .relationships(Relationship.request("a-a", "a-nobody", null), Relationship.follow("p-a", "a-a"));

        assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "relationships[0].to: names no account: \"a-nobody\"",
                        "relationships[1].from: \"p-a\" is a person, expected an account"));
    }

    @Test
    void relationship_noId_defaultIdFromKindAndAccounts() {
        Relationship r = Relationship.request("a-boss-fb", "a-kari-fb", AT);

        assertThat(r.id()).isEqualTo("request:a-boss-fb->a-kari-fb");
        assertThat(r.isPending()).isTrue();
        assertThat(r.withAccepted().isPending()).isFalse();
        assertThat(Relationship.connection("a-1", "a-2").accepted()).isTrue();
    }

    @Test
    void relationship_toItself_refused() {
        assertThatThrownBy(() -> Relationship.follow("a-1", "a-1"))
                .hasMessage("relationship.to: an account cannot link to itself, was \"a-1\"");
    }

    @Test
    void construct_duplicateRelationshipIds_reported() {
        Situation.Builder b = Situation.builder(AT).people(Person.builder("p-a").build(), Person.builder("p-b").build())
                .accounts(Account.personal("a-a", "p-a").build(), Account.personal("a-b", "p-b").build())
                .relationships(Relationship.follow("a-a", "a-b"), Relationship.follow("a-a", "a-b"));

        assertThatThrownBy(b::build).hasMessageContaining(
                "relationships[1].id: duplicate id \"follow:a-a->a-b\", already used at relationships[0].id");
    }

    @Test
    void construct_postMentioningAPerson_accepted() {
        Situation s = Situation.builder(AT).people(Person.builder("p-a").build(), Person.builder("p-b").build())
                .accounts(Account.personal("a-a", "p-a").build())
                .posts(Post.builder("post-1", "p-a", "a-a").mentions("p-b").build()).build();

        assertThat(s.posts().get(0).mentions()).containsExactly("p-b");
    }
}
