package dev.fineline.examples.corporate;

import dev.fineline.model.Account;
import dev.fineline.model.Engagement;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Policies;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.PolicyEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A corporate-account audit: who holds the credentials of the organisation's own accounts, how old the
 * passwords are, and whether the two written policies exist.
 */
public final class CorporateAccountAudit {

    private CorporateAccountAudit() {
    }

    /**
     * Builds the situation of a shop whose accounts have been shared too widely.
     *
     * @param at the moment of judgement
     * @return the situation
     */
    public static Situation sharedAccounts(Instant at) {
        return Situation.builder(at)
                .organization(Organization.builder().name("Bakeriet AS").jurisdiction("NO")
                        .policies(new Policies(true, false))
                        .settings(Settings.builder().maxCredentialHolders(2).passwordRotationDays(90).build())
                        .build())
                .people(Person.builder("p-anna").build(),
                        Person.builder("p-lars").build(),
                        Person.builder("p-mia").engagement(Engagement.CONSULTANT).build(),
                        Person.builder("p-jon").acknowledgedPolicy(false).build())
                .accounts(
                        Account.corporate("a-bakeriet-fb").platform(Platform.FACEBOOK)
                                .credentialHolders(List.of("p-anna", "p-lars", "p-mia"))
                                .passwordChangedOn(LocalDate.of(2026, 3, 2)).build(),
                        Account.corporate("a-bakeriet-ig").platform(Platform.INSTAGRAM)
                                .credentialHolders(List.of("p-anna"))
                                .passwordChangedOn(LocalDate.of(2026, 10, 1)).build())
                .build();
    }

    /**
     * Runs the audit and prints the decision.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().build();
        Decision decision = engine.evaluate(sharedAccounts(Instant.parse("2026-11-20T10:15:00Z")));
        System.out.println("Corporate-account audit of Bakeriet AS");
        System.out.println(decision.describe());
    }
}
