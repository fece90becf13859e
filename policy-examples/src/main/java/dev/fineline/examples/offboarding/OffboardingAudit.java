package dev.fineline.examples.offboarding;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.Engagement;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Situation;
import dev.fineline.rules.Decision;
import dev.fineline.rules.Finding;
import dev.fineline.rules.PolicyEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An offboarding audit: which departed people still hold corporate access or stay connected with
 * clients from their personal accounts, and what must happen next.
 */
public final class OffboardingAudit {

    private OffboardingAudit() {
    }

    /**
     * Builds the situation of a small agency three weeks after two people left.
     *
     * @param at the moment of judgement
     * @return the situation
     */
    public static Situation agencyAfterDepartures(Instant at) {
        return Situation.builder(at)
                .organization(Organization.builder().name("Nordlys Media AS").jurisdiction("NO").build())
                .people(
                        Person.builder("p-kari").name("Kari Nordmann").roles(List.of("COMMUNITY_MANAGER")).build(),
                        Person.builder("p-ola").name("Ola Hansen").departedOn(LocalDate.of(2026, 10, 30)).build(),
                        Person.builder("p-eva").name("Eva Berg").engagement(Engagement.FREELANCER)
                                .departedOn(LocalDate.of(2026, 9, 15)).build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT),
                        Contact.of("c-fjord", "Fjord Shipping", ContactKind.CLIENT))
                .accounts(
                        Account.corporate("a-nordlys-x").platform(Platform.X)
                                .credentialHolders(List.of("p-kari", "p-ola"))
                                .passwordChangedOn(LocalDate.of(2026, 9, 1)).build(),
                        Account.corporate("a-nordlys-ig").platform(Platform.INSTAGRAM)
                                .credentialHolders(List.of("p-kari")).formerCredentialHolders(List.of("p-eva"))
                                .passwordChangedOn(LocalDate.of(2026, 9, 20)).build(),
                        Account.personal("a-ola-li", "p-ola").platform(Platform.LINKEDIN).build(),
                        Account.personal("a-eva-li", "p-eva").platform(Platform.LINKEDIN).build())
                .connections(
                        Connection.of("a-ola-li", "c-nordbank"),
                        new Connection("a-eva-li", "c-fjord", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 10, 1)))
                .build();
    }

    /**
     * Runs the audit and prints what each subject needs.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PolicyEngine engine = PolicyEngine.builder().build();
        Decision decision = engine.evaluate(agencyAfterDepartures(Instant.parse("2026-11-20T10:15:00Z")));
        System.out.println("Offboarding audit of Nordlys Media AS: " + decision.verdict());
        Map<String, List<Finding>> bySubject = new TreeMap<>();
        decision.findings().forEach(f -> bySubject.computeIfAbsent(f.subject(), s -> new java.util.ArrayList<>()).add(f));
        bySubject.forEach((subject, findings) -> {
            System.out.println();
            System.out.println(subject + ":");
            for (Finding f : findings) {
                System.out.println("  " + f.verdict() + " " + f.guidance() + " " + f.explanation());
                if (!f.obligations().isEmpty()) {
                    System.out.println("    next: " + f.obligations());
                }
            }
        });
        System.out.println();
        System.out.println("rule base " + decision.ruleBase());
    }
}
