package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Message;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Relationship;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of relations.drl name the manager, the report and what passed between them. */
class RelationsExplanationsTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private final PolicyEngine engine = Engines.builtIn();

    private static Situation.Builder team() {
        return Situation.builder(AT)
                .people(Person.builder("p-boss").supervisor(true).build(), Person.builder("p-kari").reportsTo("p-boss").build())
                .accounts(Account.personal("a-boss-fb", "p-boss").platform(Platform.FACEBOOK).build(),
                        Account.personal("a-kari-fb", "p-kari").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE).build());
    }

    @Test
    void evaluate_pendingRequestToReportsPrivateAccount_namesManagerReportAndRequest() {
        Situation situation = team().relationships(Relationship.request("a-boss-fb", "a-kari-fb", AT)).build();

        assertThat(engine.evaluate(situation)).isWarn().hasFindingAbout("MON-2", "request:a-boss-fb->a-kari-fb")
                .explains("MON-2", "manager `p-boss` sent a friend or connection request to the private personal Facebook "
                        + "account `a-kari-fb` of employee `p-kari`, who reports to them, from `a-boss-fb` (pending friend or "
                        + "connection request `request:a-boss-fb->a-kari-fb`)");
    }

    @Test
    void evaluate_relationshipBesideAPostWhoseTextIsRead_relationshipStillJudged() {
        // reading a text that adds tags rebuilds the situation: its relationships must survive that
        Situation situation = team().relationships(Relationship.request("a-boss-fb", "a-kari-fb", AT))
                .posts(Post.builder("post-1", "p-kari", "a-kari-fb").text("Sneak peek of our new prototype from the lab")
                        .build())
                .build();

        Decision decision = engine.evaluate(situation);

        assertThat(decision).hasFindingAbout("MON-2", "request:a-boss-fb->a-kari-fb").hasFindingAbout("POST-1", "post-1");
    }

    @Test
    void evaluate_managerPraisesCompliers_namesPostAndRequest() {
        Situation situation = team()
                .requests(EmployerRequest.builder("r-1", RequestKind.PROMOTE_ON_PERSONAL_ACCOUNT).from("p-boss").to("p-kari").build())
                .posts(Post.builder("post-1", "p-boss", "a-boss-fb").tags(ContentTag.STAFF_PRAISE).mentions("p-kari").build())
                .build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFindingAbout("PROMO-2", "post-1")
                .explains("PROMO-2", "`p-boss` praises in public, in post `post-1`, people they asked in request `r-1` to promote "
                        + "the business on their personal account; praising those who complied is pressure on those who did not");
    }

    @Test
    void evaluate_flirtatiousMessageToReport_namesBothAndTheMessage() {
        Situation situation = team()
                .messages(Message.of("m-1", "p-boss", "a-boss-fb", "p-kari", null, ContentTag.FLIRTATIOUS)).build();

        assertThat(engine.evaluate(situation)).isForbidden().hasFindingAbout("CONN-4", "m-1")
                .explains("CONN-4", "manager `p-boss` sent flirtatious or sexual message `m-1` to employee `p-kari`, who reports to them");
    }
}
