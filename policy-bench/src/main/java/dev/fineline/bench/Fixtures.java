package dev.fineline.bench;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The situations the benchmarks judge; deterministic, so every run judges the same facts. */
public final class Fixtures {

    /** The moment every fixture is judged at: a Monday morning in Oslo. */
    public static final Instant AT = Instant.parse("2026-11-23T09:15:00Z");

    private Fixtures() {
    }

    /** Acme's settings: Oslo work hours, one confidential term, default limits. */
    public static Organization acme() {
        return Organization.builder().name("Acme AS").jurisdiction("NO")
                .settings(Settings.builder()
                        .confidentialTerms(List.of("Project Falcon"))
                        .workHours(WorkHours.of(LocalTime.of(8, 0), LocalTime.of(16, 0), ZoneId.of("Europe/Oslo"),
                                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                        .build())
                .build();
    }

    /**
     * The typical decision: one employee with a personal and a corporate account, one post with two
     * tags, two connections, the organisation's settings. Four findings: two client connections, a
     * public work post, undisclosed praise.
     *
     * @return the situation
     */
    public static Situation typical() {
        return Situation.builder(AT)
                .organization(acme())
                .people(Person.builder("p-kari").name("Kari Nordmann").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT), Contact.of("c-fjord", "Fjord", ContactKind.PROSPECT))
                .accounts(Account.personal("a-kari-li", "p-kari").platform(Platform.LINKEDIN).profileNamesEmployer(true).build(),
                        Account.corporate("a-acme-x").platform(Platform.X).credentialHolders(List.of("p-kari"))
                                .passwordChangedOn(LocalDate.of(2026, 10, 1)).build())
                .connections(Connection.of("a-kari-li", "c-nordbank"), Connection.of("a-kari-li", "c-fjord"))
                .posts(Post.builder("post-1", "p-kari", "a-kari-li").text("Loving what we ship this week")
                        .tags(ContentTag.WORK_RELATED, ContentTag.PRODUCT_PRAISE)
                        .postedAt(Instant.parse("2026-11-22T17:00:00Z")).build())
                .build();
    }

    /**
     * A situation of about {@code facts} facts: people with personal accounts, posts and client
     * connections, in the proportions of the typical decision, with a few rules firing per person.
     *
     * @param facts roughly how many facts
     * @return the situation
     */
    public static Situation ofSize(int facts) {
        int people = Math.max(1, (int) Math.round(facts / 5.1));
        int contacts = Math.max(2, people / 10);
        Situation.Builder b = Situation.builder(AT).organization(acme());
        for (int c = 0; c < contacts; c++) {
            b.contacts(Contact.of("c-" + c, "", c % 3 == 0 ? ContactKind.PROSPECT : ContactKind.CLIENT));
        }
        SplittableRandom random = new SplittableRandom(42);
        ContentTag[] tags = {ContentTag.WORK_RELATED, ContentTag.SMALL_TALK, ContentTag.PRODUCT_PRAISE, ContentTag.BUSINESS,
            ContentTag.CONTROVERSIAL_OPINION, ContentTag.WORKPLACE_COMPLAINT};
        for (int p = 0; p < people; p++) {
            b.people(Person.builder("p-" + p).build());
            b.accounts(Account.personal("a-" + p, "p-" + p).platform(p % 2 == 0 ? Platform.LINKEDIN : Platform.FACEBOOK)
                    .visibility(p % 4 == 1 ? Visibility.PRIVATE : Visibility.PUBLIC).build());
            b.posts(Post.builder("post-" + p, "p-" + p, "a-" + p).tags(tags[random.nextInt(tags.length)], tags[random.nextInt(tags.length)])
                    .build());
            b.connections(Connection.of("a-" + p, "c-" + random.nextInt(contacts)), Connection.of("a-" + p, "c-" + random.nextInt(contacts)));
        }
        return b.build();
    }

    /**
     * An organisation audit: {@code people} people (one in ten departed, each with a personal LinkedIn
     * account), 10,000 corporate accounts with three credential holders each, and 1,000,000 connections:
     * two per personal account, the rest from corporate accounts to clients. Settings are the defaults.
     *
     * @param people how many people
     * @return the situation
     */
    public static Situation organisation(int people) {
        int corporate = 10_000;
        int contacts = 20_000;
        int connections = 1_000_000;
        SplittableRandom random = new SplittableRandom(7);
        List<Person> persons = new ArrayList<>(people);
        List<Account> accounts = new ArrayList<>(people + corporate);
        List<Contact> contactList = new ArrayList<>(contacts);
        List<Connection> links = new ArrayList<>(connections);
        LocalDate departed = LocalDate.of(2026, 9, 1);
        for (int p = 0; p < people; p++) {
            Person.Builder person = Person.builder("p-" + p).engagement(p % 20 == 0 ? dev.fineline.model.Engagement.CONTRACTOR
                    : dev.fineline.model.Engagement.EMPLOYEE);
            if (p % 10 == 3) {
                person.departedOn(departed.plusDays(p % 60));
            }
            persons.add(person.build());
            accounts.add(Account.personal("a-" + p, "p-" + p).platform(Platform.LINKEDIN).build());
        }
        for (int c = 0; c < corporate; c++) {
            List<String> holders = List.of("p-" + random.nextInt(people), "p-" + random.nextInt(people), "p-" + random.nextInt(people));
            accounts.add(Account.corporate("corp-" + c).platform(Platform.LINKEDIN).credentialHolders(holders)
                    .passwordChangedOn(LocalDate.of(2026, 1 + random.nextInt(11), 1)).build());
        }
        for (int c = 0; c < contacts; c++) {
            contactList.add(Contact.of("c-" + c, "", ContactKind.CLIENT));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>(connections * 2);
        for (int p = 0; p < people && links.size() < connections; p++) {
            for (int k = 0; k < 2; k++) {
                int contact = random.nextInt(contacts);
                if (seen.add(((long) p << 20) | contact)) {
                    links.add(Connection.of("a-" + p, "c-" + contact));
                }
            }
        }
        while (links.size() < connections) {
            int account = random.nextInt(corporate);
            int contact = random.nextInt(contacts);
            if (seen.add(((long) (account + 1_000_000) << 20) | contact)) {
                links.add(Connection.of("corp-" + account, "c-" + contact));
            }
        }
        return new Situation(AT, acme(), persons, contactList, accounts, links, List.of(), List.of(),
                List.of(EmployerRequest.builder("r-hours", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-0", "p-1").build()),
                List.of());
    }
}
