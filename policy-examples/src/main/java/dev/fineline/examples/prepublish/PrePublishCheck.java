package dev.fineline.examples.prepublish;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import dev.fineline.model.WorkHours;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A pre-publish check: an HR app asks, before a draft goes out, whether it may be posted as it is, and
 * shows the author why not.
 */
public final class PrePublishCheck {

    private PrePublishCheck() {
    }

    /**
     * Builds the situation of a draft post about to be published.
     *
     * @param at the moment of judgement
     * @return the situation
     */
    public static Situation draftAboutToGoOut(Instant at) {
        Organization acme = Organization.builder()
                .name("Acme AS")
                .jurisdiction("NO")
                .settings(Settings.builder()
                        .confidentialTerms(List.of("Project Falcon"))
                        .workHours(WorkHours.of(LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("Europe/Oslo"),
                                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                        .build())
                .build();
        return Situation.builder(at)
                .organization(acme)
                .people(Person.builder("p-kari").name("Kari Nordmann").build())
                .accounts(Account.personal("a-kari-li", "p-kari").platform(Platform.LINKEDIN)
                        .visibility(Visibility.PUBLIC).profileNamesEmployer(true).build())
                .posts(Post.builder("post-draft", "p-kari", "a-kari-li")
                        .text("Sneak peek: the lab just got Project Falcon running!")
                        .tags(ContentTag.PROTOTYPE, ContentTag.WORK_RELATED)
                        .status(PostStatus.DRAFT)
                        .build())
                .build();
    }

    /**
     * Judges the draft and prints the decision.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().build();
        Decision decision = engine.evaluate(draftAboutToGoOut(Instant.parse("2026-11-20T10:15:00Z")));
        System.out.println("Pre-publish check of draft `post-draft` by `p-kari`");
        System.out.println(decision.describe());
        System.out.println(decision.verdict().isAtLeast(dev.fineline.model.Verdict.FORBIDDEN)
                ? "=> do not publish as it is" : "=> may be published");
    }
}
