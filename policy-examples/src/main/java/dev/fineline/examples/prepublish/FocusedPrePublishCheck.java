package dev.fineline.examples.prepublish;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import dev.fineline.rules.Decision;
import dev.fineline.rules.EvaluationOptions;
import dev.fineline.rules.Focus;
import dev.fineline.rules.PolicyEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A pre-publish check inside an organisation's whole situation: the HR app keeps one situation per
 * organisation, adds the draft to it, and asks about the draft only, so that what is wrong elsewhere in
 * the organisation (here a departed employee who still holds a corporate login) does not block it. Then it
 * asks about the departed employee, with the answer in Norwegian bokmål.
 */
public final class FocusedPrePublishCheck {

    private FocusedPrePublishCheck() {
    }

    /**
     * The organisation as the HR app keeps it: a manager, two reports, one of whom left last month and
     * still holds the corporate X login.
     *
     * @param at the moment of judgement
     * @return the situation
     */
    public static Situation organisation(Instant at) {
        return Situation.builder(at)
                .organization(Organization.builder().name("Nordlys Media AS").jurisdiction("NO").build())
                .people(Person.builder("p-lars").supervisor(true).build(),
                        Person.builder("p-kari").reportsTo("p-lars").build(),
                        Person.builder("p-ola").reportsTo("p-lars").departedOn(LocalDate.of(2026, 10, 30)).build())
                .accounts(Account.personal("a-kari-ig", "p-kari").platform(Platform.INSTAGRAM).visibility(Visibility.PRIVATE).build(),
                        Account.corporate("a-nordlys-x").platform(Platform.X).credentialHolders("p-kari", "p-ola")
                                .passwordChangedOn(LocalDate.of(2026, 9, 1)).build())
                .build();
    }

    /**
     * Judges Kari's draft in the organisation's situation, for the whole and for the draft alone, and
     * prints both.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().build();
        Situation organisation = organisation(Instant.parse("2026-11-20T10:15:00Z"));

        Situation withDraft = organisation.withPost(Post.builder("post-draft", "p-kari", "a-kari-ig")
                .text("Sunday hike above the fjord").tags(ContentTag.SMALL_TALK).status(PostStatus.DRAFT).build());
        Decision whole = engine.evaluate(withDraft);
        Decision draft = engine.evaluate(withDraft, Focus.on("post-draft"));

        System.out.println("whole organisation: " + whole.verdict() + " " + whole.guidance());
        System.out.println("post-draft: " + draft.describe());
        System.out.println("about p-ola: " + whole.involving("p-ola").stream().map(f -> f.guidance() + " " + f.rule()).toList());

        // The same question about the departed employee, explained in Norwegian bokmål for the HR user.
        Locale norwegian = Locale.forLanguageTag("nb");
        Decision ola = engine.evaluate(withDraft, EvaluationOptions.builder().focus(Focus.on("p-ola")).locale(norwegian).build());
        System.out.println("p-ola, på norsk: " + ola.describe(norwegian));
    }
}
