package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Approval;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.Message;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import dev.fineline.model.WorkHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What scenario files cannot express: that explanations name the concrete facts. Verdicts and
 * guidance ids of every rule are tested by the scenario files in {@code scenarios/}.
 */
class ExplanationsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    @Test
    void evaluate_contractorRestricted_explanationNamesEngagementAndPerson() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-ola").build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFindingAbout("HOURS-2", "r-1")
                .explains("HOURS-2", "contractor `p-ola` was asked by the company to stay off personal social media during work hours");
    }

    @Test
    void evaluate_postDuringOsloWorkHours_explanationGivesLocalTimeAndHours() {
        WorkHours oslo = WorkHours.of(LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("Europe/Oslo"), DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        Situation situation = Situation.builder(MONDAY)
                .organization(Organization.builder().settings(Settings.builder().workHours(oslo).build()).build())
                .people(Person.builder("p-kari").build())
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE).build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").postedAt(Instant.parse("2026-11-23T08:30:00Z")).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-kari").build())
                .build();

        assertThat(engine.evaluate(situation)).isWarn()
                .explains("HOURS-3", "post `post-1` on personal Facebook account `a-kari` is timed Mon 2026-11-23 09:30 Europe/Oslo")
                .explains("HOURS-3", "within work hours 09:00-17:00 MON-FRI Europe/Oslo");
    }

    @Test
    void evaluate_disconnectionDeadlinePassed_explanationCountsDays() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").departedOn(LocalDate.of(2026, 10, 1)).build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-ola-li", "p-ola").platform(Platform.LINKEDIN).build())
                .connections(Connection.of("a-ola-li", "c-nordbank").withDisconnectionRequestedOn(LocalDate.of(2026, 11, 3)))
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFindingAbout("CONN-2", "a-ola-li")
                .explains("CONN-2", "departed employee `p-ola` is still connected with client `c-nordbank` from personal LinkedIn account `a-ola-li`")
                .explains("CONN-2", "20 days after disconnection was requested on 2026-11-03, past the 14-day deadline");
    }

    @Test
    void evaluate_stalePassword_explanationGivesDateAgeAndPeriod() {
        Situation situation = Situation.builder(MONDAY)
                .accounts(Account.corporate("a-acme-x").platform(Platform.X).passwordChangedOn(LocalDate.of(2026, 5, 1)).build())
                .build();

        assertThat(engine.evaluate(situation)).isWarn()
                .explains("CORP-2", "corporate X account `a-acme-x` was last changed on 2026-05-01, 206 days ago, beyond the 90-day rotation period");
    }

    @Test
    void evaluate_departedHolder_explanationNamesPersonAndDepartureDay() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").departedOn(LocalDate.of(2026, 10, 30)).build())
                .accounts(Account.corporate("a-acme-x").platform(Platform.X).credentialHolders(List.of("p-ola"))
                        .passwordChangedOn(LocalDate.of(2026, 9, 1)).build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("CORP-3", "departed employee `p-ola` (left 2026-10-30) still holds access to corporate X account `a-acme-x`")
                .explains("CORP-4", "last changed on 2026-09-01, before they left on 2026-10-30");
    }

    @Test
    void evaluate_protectedRantWithDisclaimer_explanationCitesNlraAndDisclaimer() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-sam").jurisdiction("US-CA").build())
                .accounts(Account.personal("a-sam", "p-sam").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE)
                        .disclaimer(true).build())
                .posts(Post.builder("post-1", "p-sam", "a-sam").tags(ContentTag.ABUSIVE, ContentTag.WORKING_CONDITIONS).build())
                .build();

        assertThat(engine.evaluate(situation)).isWarn().hasObligation(Obligation.LEGAL_REVIEW)
                .explains("POST-9", "non-supervisory employee in US-CA")
                .explains("POST-9", "NLRA section 7; legal position of Stericycle, 372 NLRB No. 113 (2023), as of 2026-11-23")
                .explains("POST-9", "the \"opinions are my own\" disclaimer on personal Facebook account `a-sam` does not change the verdict");
    }

    @Test
    void evaluate_unprotectedRantWithDisclaimer_explanationSaysDisclaimerDoesNotHelp() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-sam").jurisdiction("NO").build())
                .accounts(Account.personal("a-sam", "p-sam").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE)
                        .disclaimer(true).build())
                .posts(Post.builder("post-1", "p-sam", "a-sam").tags(ContentTag.PROFANITY, ContentTag.WORKPLACE_COMPLAINT).build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("AbusiveRantAboutEmployer", "does not change the verdict");
    }

    @Test
    void evaluate_confidentialTerm_explanationNamesTermAndTags() {
        Situation situation = Situation.builder(MONDAY)
                .organization(Organization.builder().settings(Settings.builder().confidentialTerms(List.of("Project Falcon")).build()).build())
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").text("project falcon flies").tags(ContentTag.PROTOTYPE).build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("POST-1", "employee `p-kari`'s post `post-1` shows proprietary information (prototype, confidential project)"
                        + " without management approval; the text names the confidential project `Project Falcon`");
    }

    @Test
    void evaluate_secretClientMentioned_explanationNamesClient() {
        Situation situation = Situation.builder(MONDAY)
                .organization(Organization.builder().settings(Settings.builder().secretClients(List.of("c-nordbank")).build()).build())
                .people(Person.builder("p-kari").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").mentions("c-nordbank").build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().explains("POST-5", "names client `c-nordbank`");
    }

    @Test
    void evaluate_deletedPost_explanationListsTheFindingsItCarries() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").tags(ContentTag.NDA_INFORMATION, ContentTag.INTERNAL_EVENT)
                        .status(PostStatus.DELETED).build())
                .build();

        Decision decision = engine.evaluate(situation);

        assertThat(decision).isForbidden().hasObligation(Obligation.CORRECT_AND_NOTIFY)
                .explains("POST-14", "post `post-1` was deleted but is judged as published (POST-4, POST-6)");
        assertThat(decision.findingsFor("post-1")).extracting(Finding::guidance).startsWith("POST-4", "POST-14");
    }

    @Test
    void evaluate_flirtingAfterHours_explanationGivesTimeAndSaysItIsNotPrivate() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.LINKEDIN).build())
                .messages(Message.of("m-1", "p-kari", "a-kari", "c-nordbank", Instant.parse("2026-11-23T21:30:00Z"), ContentTag.FLIRTATIOUS))
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("CONN-4", "to client `c-nordbank` on Mon 2026-11-23 21:30 UTC, outside work hours, which does not make it private");
    }

    @Test
    void evaluate_requestToUsEmployee_explanationSaysWhatWasAsked() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").jurisdiction("US-CA").build(), Person.builder("p-boss").supervisor(true).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.PERSONAL_ACCOUNT_CREDENTIALS).from("p-boss").to("p-kari").build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("OWN-1", "employee `p-kari` in US-CA was asked by `p-boss` (request `r-1`) for the password of, or login access to, their personal account");
    }

    @Test
    void evaluate_pressure_explanationSaysHowAndThatOptionalDoesNotHelp() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .requests(EmployerRequest.builder("r-1", RequestKind.PROMOTE_ON_PERSONAL_ACCOUNT).to("p-kari").timesAsked(3)
                        .praisesCompliers(true).build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("PROMO-2", "was made 3 times, praised those who complied in public")
                .explains("PROMO-2", "calling it optional does not change that");
    }

    @Test
    void evaluate_approvedProprietaryPost_noRuleApplied() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").tags(ContentTag.UPCOMING_LAUNCH).approvals(Approval.MANAGEMENT).build())
                .build();

        assertThat(engine.evaluate(situation)).hasNoRuleApplied();
    }
}
