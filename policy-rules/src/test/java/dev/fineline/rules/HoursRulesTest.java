package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Engagement;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.WorkHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HOURS-1..3: personal social media during work hours. */
class HoursRulesTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    private static EmployerRequest restriction(String... to) {
        return EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).from("p-boss").to(to).build();
    }

    @Test
    void evaluate_salariedEmployeeAskedToStayOff_allowedWithHours1() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-kari").build(), Person.builder("p-boss").supervisor(true).build())
                .requests(restriction("p-kari"))
                .build();

        assertThat(engine.evaluate(situation)).isAllowed().hasFindingAbout("HOURS-1", "r-1").hasNoFinding("HOURS-2")
                .explains("HOURS-1", "employee `p-kari`");
    }

    @ParameterizedTest
    @EnumSource(value = Engagement.class, names = {"CONTRACTOR", "FREELANCER", "CONSULTANT"})
    void evaluate_nonStaffAskedToStayOff_forbiddenNamingEngagement(Engagement engagement) {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-ola").engagement(engagement).build(), Person.builder("p-boss").build())
                .requests(restriction("p-ola"))
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFindingAbout("HOURS-2", "r-1").hasNoFinding("HOURS-1")
                .explains("HOURS-2", engagement.label() + " `p-ola`");
    }

    @Test
    void evaluate_hourlyEmployeeAskedToStayOff_forbidden() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-tim").salaried(false).build(), Person.builder("p-boss").build())
                .requests(restriction("p-tim"))
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFinding("HOURS-2").explains("HOURS-2", "hourly employee");
    }

    @Test
    void evaluate_otherRequestToContractor_noHoursFinding() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).to("p-ola").build())
                .build();

        assertThat(engine.evaluate(situation)).hasNoFinding("HOURS-1").hasNoFinding("HOURS-2");
    }

    @Test
    void evaluate_restrictedEmployeePostsDuringWorkHours_warn() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-kari").build(), Person.builder("p-boss").build())
                .accounts(Account.personal("a-kari", "p-kari").build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").postedAt(Instant.parse("2026-11-23T09:30:00Z")).build())
                .requests(restriction("p-kari"))
                .build();

        assertThat(engine.evaluate(situation)).isWarn().hasFindingAbout("HOURS-3", "post-1")
                .explains("HOURS-3", "Mon 2026-11-23 09:30");
    }

    @Test
    void evaluate_restrictedEmployeePostsInTheEvening_noHours3() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-kari").build(), Person.builder("p-boss").build())
                .accounts(Account.personal("a-kari", "p-kari").build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").postedAt(Instant.parse("2026-11-23T18:30:00Z")).build())
                .requests(restriction("p-kari"))
                .build();

        assertThat(engine.evaluate(situation)).isAllowed().hasNoFinding("HOURS-3");
    }

    @Test
    void evaluate_unrestrictedEmployeePostsDuringWorkHours_noHours3() {
        Situation situation = Situation.builder(MONDAY_MORNING)
                .people(Person.builder("p-kari").build())
                .accounts(Account.personal("a-kari", "p-kari").build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").postedAt(Instant.parse("2026-11-23T09:30:00Z")).build())
                .build();

        assertThat(engine.evaluate(situation)).hasNoRuleApplied();
    }

    @Test
    void evaluate_postTimeInOrganisationZone_judgedInLocalHours() {
        // 08:30 UTC is 09:30 in Oslo: inside Oslo's work hours, though outside them in UTC.
        WorkHours oslo = WorkHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Europe/Oslo"),
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        Situation situation = Situation.builder(MONDAY_MORNING)
                .organization(Organization.builder().settings(Settings.builder().workHours(oslo).build()).build())
                .people(Person.builder("p-kari").build(), Person.builder("p-boss").build())
                .accounts(Account.personal("a-kari", "p-kari").build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").postedAt(Instant.parse("2026-11-23T08:30:00Z")).build())
                .requests(restriction("p-kari"))
                .build();

        assertThat(engine.evaluate(situation)).isWarn().hasFinding("HOURS-3").explains("HOURS-3", "09:30 Europe/Oslo");
    }
}
