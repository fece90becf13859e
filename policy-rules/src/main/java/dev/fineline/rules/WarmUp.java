package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Connection;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Judges a small sample situation a few times so that a new engine's first real call is fast, the
 * reading of its post's text included.
 */
final class WarmUp {

    private static final int ROUNDS = 20;

    private WarmUp() {
    }

    static void run(PolicyEngine engine) {
        Situation sample = Situation.builder(Instant.parse("2026-01-05T10:00:00Z"))
                .people(Person.builder("p-warm").build(), Person.builder("p-gone").departedOn(LocalDate.of(2025, 12, 1)).build())
                .contacts(Contact.of("c-warm", "", ContactKind.CLIENT))
                .accounts(Account.personal("a-warm", "p-warm").platform(Platform.LINKEDIN).build(),
                        Account.corporate("a-corp").credentialHolders(java.util.List.of("p-warm", "p-gone")).build())
                .connections(Connection.of("a-warm", "c-warm"))
                .posts(Post.builder("post-warm", "p-warm", "a-warm").tags(ContentTag.WORK_RELATED, ContentTag.PRODUCT_PRAISE)
                        .text("Our new app is the best on the market; card 4539 1488 0343 6467, watch your back").build())
                .requests(EmployerRequest.builder("r-warm", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-warm").build())
                .build();
        for (int i = 0; i < ROUNDS; i++) {
            engine.evaluate(sample);
        }
    }
}
