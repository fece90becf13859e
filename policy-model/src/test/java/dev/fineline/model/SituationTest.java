package dev.fineline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The situation as a whole: defaults, references, uniqueness, time. */
class SituationTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void construct_danglingReferencesAndDuplicates_allReportedWithPaths() {
        Situation.Builder builder = Situation.builder(AT)
                .people(Person.builder("p-1").build(), Person.builder("p-1").build())
                .accounts(Account.corporate("a-1").credentialHolders(List.of("p-1", "p-9")).build())
                .posts(Post.builder("post-1", "nobody", "a-1").build(), Post.builder("post-2", "p-1", "a-2").resharedFrom("post-9").build())
                .messages(Message.of("m-1", "p-1", "a-1", "c-none", null));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidSituationException.class, e -> {
            assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                    "people[1].id: duplicate id \"p-1\", already used at people[0].id",
                    "accounts[0].credentialHolders[1]: names no person: \"p-9\"",
                    "posts[0].author: names no person: \"nobody\"",
                    "posts[1].account: names no account: \"a-2\"",
                    "posts[1].resharedFrom: names no post: \"post-9\"",
                    "messages[0].to: names no contact or person: \"c-none\"");
            assertThat(e.getMessage()).startsWith("invalid situation: 6 problems");
        });
    }

    @Test
    void construct_idsUniqueAcrossKinds_contactCollidingWithPersonReported() {
        assertThatThrownBy(() -> Situation.builder(AT).people(Person.builder("x").build())
                .contacts(Contact.of("x", "X", ContactKind.CLIENT)).build())
                .hasMessageContaining("contacts[0].id: duplicate id \"x\", already used at people[0].id");
    }

    @Test
    void construct_referenceToWrongKind_saysWhatItIs() {
        assertThatThrownBy(() -> Situation.builder(AT).people(Person.builder("p-1").build())
                .accounts(Account.personal("a-1", "p-1").build())
                .posts(Post.builder("post-1", "a-1", "a-1").build()).build())
                .hasMessageContaining("posts[0].author: \"a-1\" is an account, expected a person");
    }

    @Test
    void construct_messageToPerson_accepted() {
        Situation s = Situation.builder(AT).people(Person.builder("p-1").build(), Person.builder("p-2").build())
                .accounts(Account.personal("a-1", "p-1").build())
                .messages(Message.of("m-1", "p-1", "a-1", "p-2", null)).build();

        assertThat(s.messages().get(0).sentAt()).as("defaults to the moment of judgement").isEqualTo(AT);
    }

    @Test
    void construct_defaults_jurisdictionAndTimesFilled() {
        Situation s = Situation.builder(AT)
                .organization(Organization.builder().jurisdiction("NO").build())
                .people(Person.builder("p-1").build(), Person.builder("p-2").jurisdiction("US-CA").build())
                .accounts(Account.personal("a-1", "p-1").build())
                .posts(Post.builder("post-1", "p-1", "a-1").build()).build();

        assertThat(s.people()).extracting(Person::jurisdiction).containsExactly(Jurisdiction.of("NO"), Jurisdiction.of("US-CA"));
        assertThat(s.posts().get(0).postedAt()).isEqualTo(AT);
    }

    @Test
    void daysSince_countsInTheOrganisationZone() {
        WorkHours tokyo = WorkHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Asia/Tokyo"), DayOfWeek.MONDAY);
        Situation s = Situation.builder(Instant.parse("2026-11-23T20:00:00Z"))
                .organization(Organization.builder().settings(Settings.builder().workHours(tokyo).build()).build()).build();

        assertThat(s.today()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(s.daysSince(LocalDate.of(2026, 11, 10))).isEqualTo(14);
    }

    @Test
    void workHours_covers_startInclusiveEndExclusiveWorkDaysOnly() {
        WorkHours hours = WorkHours.DEFAULT;

        assertThat(hours.covers(Instant.parse("2026-11-23T09:00:00Z"))).isTrue();
        assertThat(hours.covers(Instant.parse("2026-11-23T16:59:59Z"))).isTrue();
        assertThat(hours.covers(Instant.parse("2026-11-23T17:00:00Z"))).isFalse();
        assertThat(hours.covers(Instant.parse("2026-11-23T08:59:59Z"))).isFalse();
        assertThat(hours.covers(Instant.parse("2026-11-22T10:00:00Z"))).as("a Sunday").isFalse();
    }

    @Test
    void workHours_overnightShift_belongsToTheDayItStarts() {
        WorkHours night = WorkHours.of(LocalTime.of(22, 0), LocalTime.of(6, 0), ZoneId.of("UTC"), DayOfWeek.FRIDAY);

        assertThat(night.covers(Instant.parse("2026-11-20T23:00:00Z"))).as("Friday night").isTrue();
        assertThat(night.covers(Instant.parse("2026-11-21T05:00:00Z"))).as("early Saturday, Friday's shift").isTrue();
        assertThat(night.covers(Instant.parse("2026-11-21T23:00:00Z"))).as("Saturday night").isFalse();
    }

    @Test
    void workHours_osloInNovember_0830UtcIs0930Local() {
        WorkHours oslo = WorkHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Europe/Oslo"), DayOfWeek.MONDAY);

        assertThat(oslo.covers(Instant.parse("2026-11-23T08:30:00Z"))).isTrue();
        assertThat(oslo.describe(Instant.parse("2026-11-23T08:30:00Z"))).isEqualTo("Mon 2026-11-23 09:30 Europe/Oslo");
    }
}
