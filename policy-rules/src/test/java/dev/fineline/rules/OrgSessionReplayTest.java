package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Approval;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.Media;
import dev.fineline.model.Message;
import dev.fineline.model.Monitoring;
import dev.fineline.model.MonitoringKind;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.PostStatus;
import dev.fineline.model.Relationship;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Sector;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays random changes on a small organisation, keeping its own copy of the records, and after every
 * step compares the resident session's findings with the stateless {@code evaluate} of that copy, and
 * checks that the deltas add up to the findings.
 */
class OrgSessionReplayTest {

    /** A session that judges by the caller's tags only, compared with evaluate reading no text. */
    private static final EvaluationOptions BY_TAGS = EvaluationOptions.builder().contentAnalysis(false).build();

    private static final Instant START = Instant.parse("2026-11-23T09:30:00Z");
    private static final int STEPS = 600;
    private static final ContentTag[] TAGS = ContentTag.values();
    /** Post texts: a confidential term, a secret client's name, a contact added later, or nothing. */
    private static final String[] POST_TEXTS = {"more on Project Falcon soon", "great meeting with Contact 2 today",
        "hello to Newco Bank", "a day at work", "a day at work", "a day at work"};
    /** Texts the analysis reads something in, or nothing: a card number, a threat, a contact's name. */
    private static final String[] MESSAGE_TEXTS = {"the card is 4539 1488 0343 6467", "watch your back", "lunch with Contact 1?",
        "see you tomorrow"};
    private static final ContentTag[] MESSAGE_TAGS = {ContentTag.BUSINESS, ContentTag.FLIRTATIOUS, ContentTag.SMALL_TALK,
        ContentTag.HARASSMENT, ContentTag.THREAT};

    private final PolicyEngine engine = Engines.builtIn();

    private SplittableRandom random;
    private Instant at;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final List<EmployerRequest> requests = new ArrayList<>();
    private final List<Monitoring> monitoring = new ArrayList<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();
    private Organization organization;
    private int next;

    /** The rules that fired in any of the replays. */
    private static final Set<String> SEEN = java.util.Collections.synchronizedSet(new java.util.TreeSet<>());

    /** Between them, the replays reach the relationships, deadlines, departures and deleted posts they are meant to test. */
    @org.junit.jupiter.api.AfterAll
    static void replays_reachWhatTheyAreMeantToTest() {
        assertThat(SEEN).contains("evidence", "SecretClientNamed", "ManagerWatchesReportPrivateAccount", "DeletedPostStillCounts", "DisconnectionPending",
                "DisconnectionDeadlinePassed", "StalePassword", "DepartedPersonStillConnected", "DepartedPersonHoldsAccess",
                "PersonalPostingDuringRestrictedHours");
    }

    @ParameterizedTest
    @ValueSource(longs = {13L, 2026L, 7L})
    void apply_randomChanges_sameDecisionAsEvaluateAfterEveryStep(long seed) {
        replay(seed, EvaluationOptions.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(longs = {13L})
    void apply_randomChangesJudgedByTags_sameFindingsAsEvaluateReadingNoText(long seed) {
        replay(seed, BY_TAGS);
    }

    private void replay(long seed, EvaluationOptions options) {
        random = new SplittableRandom(seed);
        Situation start = initial();
        try (OrgSession org = engine.openSession(start, options)) {
            List<Finding> findings = sorted(org.decision().findings());
            assertThat(findings).isEqualTo(sorted(engine.evaluate(start, options).findings()));
            for (int step = 0; step < STEPS; step++) {
                Delta delta = step(org);
                String where = "seed " + seed + ", step " + step;
                Decision evaluated = engine.evaluate(situation(), options);
                Decision resident = org.decision();
                List<Finding> expected = sorted(evaluated.findings());
                List<Finding> actual = sorted(resident.findings());
                assertThat(actual).as(where).isEqualTo(expected);
                assertThat(resident.signals()).as(where + ": signals").isEqualTo(evaluated.signals());
                assertThat(resident.errors()).as(where + ": errors").isEqualTo(evaluated.errors());
                List<Finding> replayed = new ArrayList<>(findings);
                delta.disappeared().forEach(f -> assertThat(replayed.remove(f)).as(where + ": gone " + f).isTrue());
                replayed.addAll(delta.appeared());
                assertThat(sorted(replayed)).as(where + ": deltas add up").isEqualTo(actual);
                findings = actual;
                actual.forEach(f -> SEEN.add(f.rule()));
                actual.stream().filter(f -> !f.evidence().isEmpty()).forEach(f -> SEEN.add("evidence"));
            }
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparing(Finding::toString));
        return copy;
    }

    private Situation situation() {
        return new Situation(at, organization, List.copyOf(people.values()), List.copyOf(contacts.values()),
                List.copyOf(accounts.values()), List.copyOf(connections.values()), List.copyOf(posts.values()),
                List.copyOf(messages.values()), requests, monitoring, List.copyOf(relationships.values()));
    }

    private Situation initial() {
        at = START;
        organization = Organization.builder().name("Replay AS").sector(Sector.FINANCE).jurisdiction("NO")
                .settings(Settings.builder().confidentialTerms(List.of("Project Falcon")).secretClients(List.of("c-2"))
                        .permittedHqRooms(List.of("canteen")).passwordRotationDays(30).disconnectionDeadlineDays(14).build())
                .build();
        for (int i = 0; i < 6; i++) {
            join("p-" + i);
        }
        for (int i = 0; i < 4; i++) {
            Contact contact = Contact.of("c-" + i, "Contact " + i, i == 3 ? ContactKind.PROSPECT : ContactKind.CLIENT);
            contacts.put(contact.id(), contact);
        }
        accounts.put("a-corp-x", Account.corporate("a-corp-x").platform(Platform.X).credentialHolders(List.of("p-0", "p-1", "p-4"))
                .passwordChangedOn(LocalDate.of(2026, 11, 1)).build());
        accounts.put("a-corp-fb", Account.corporate("a-corp-fb").platform(Platform.FACEBOOK).credentialHolders(List.of("p-2"))
                .passwordChangedOn(LocalDate.of(2026, 11, 20)).archived(true).build());
        for (int i = 0; i < 5; i++) {
            connect();
        }
        requests.add(EmployerRequest.builder("r-hours", RequestKind.RESTRICT_WORK_HOURS_USE).to("p-0", "p-1", "p-4").build());
        requests.add(EmployerRequest.builder("r-review", RequestKind.WRITE_PRODUCT_REVIEW).to("p-2").build());
        monitoring.add(new Monitoring("mon-1", MonitoringKind.values()[0], "p-3", false, false));
        relate();
        return situation();
    }

    private Person person(String id) {
        // a manager among the people already there: reporting lines never loop
        String manager = people.isEmpty() || random.nextInt(3) == 0 ? null : pick(new ArrayList<>(people.keySet()));
        Person.Builder b = Person.builder(id).reportsTo(id.equals(manager) ? null : manager).engagement(pick(Engagement.values())).salaried(random.nextBoolean())
                .supervisor(random.nextInt(4) == 0).acknowledgedPolicy(random.nextInt(3) > 0)
                .noClientConnectionClause(random.nextInt(4) == 0);
        int where = random.nextInt(3);
        if (where == 1) {
            b.jurisdiction("US-CA");
        } else if (where == 2) {
            b.jurisdiction("DE");
        }
        return b.build();
    }

    /** A new person with a personal account, in the model only; the caller tells the session. */
    private String join(String id) {
        people.put(id, person(id));
        Account account = Account.personal("a-" + id, id).platform(pick(Platform.values()))
                .visibility(random.nextBoolean() ? Visibility.PUBLIC : Visibility.PRIVATE)
                .profileNamesEmployer(random.nextBoolean()).disclaimer(random.nextInt(4) == 0).build();
        accounts.put(account.id(), account);
        return account.id();
    }

    /** A new relationship between two personal accounts, in the model only; null when the pair is taken. */
    private Relationship relate() {
        List<String> personal = accounts.values().stream().filter(a -> a.owner() != null).map(Account::id).toList();
        List<Person> reports = people.values().stream().filter(p -> p.reportsTo() != null).toList();
        String from = pick(personal);
        String to = pick(personal);
        if (!reports.isEmpty() && random.nextInt(3) > 0) {
            // mostly from a manager's account to a report's: what MON-2 is about
            Person report = pick(reports);
            from = "a-" + report.reportsTo();
            to = "a-" + report.id();
        }
        if (from.equals(to)) {
            return null;
        }
        Relationship r = switch (random.nextInt(3)) {
            case 0 -> Relationship.follow(from, to);
            case 1 -> Relationship.connection(from, to);
            default -> Relationship.request(from, to, at);
        };
        if (relationships.containsKey(r.id())) {
            return null;
        }
        relationships.put(r.id(), r);
        return r;
    }

    private Connection connect() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String account = pick(new ArrayList<>(accounts.keySet()));
            String contact = pick(new ArrayList<>(contacts.keySet()));
            String key = account + "/" + contact;
            if (!connections.containsKey(key)) {
                Connection connection = new Connection(account, contact, null, null);
                connections.put(key, connection);
                return connection;
            }
        }
        return null;
    }

    private Post randomPost(String id) {
        String author = pick(new ArrayList<>(people.keySet()));
        String account = random.nextInt(4) == 0 ? "a-corp-x" : "a-" + author;
        Set<ContentTag> tags = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(pick(TAGS));
        }
        Post.Builder b = Post.builder(id, author, account).tags(tags)
                .text(pick(POST_TEXTS))
                .disclosesEmployment(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            b.mentions(pick(new ArrayList<>(contacts.keySet())));
        }
        if (random.nextInt(4) == 0) {
            b.media(Media.photo(random.nextBoolean() ? "canteen" : "lab", ContentTag.HQ_INTERIOR));
        }
        if (random.nextInt(4) == 0) {
            b.approvals(pick(Approval.values()));
        }
        if (random.nextInt(3) > 0) {
            b.postedAt(at.minus(Duration.ofHours(random.nextInt(48))));
        }
        List<String> corporatePosts = posts.values().stream().filter(p -> p.account().equals("a-corp-x")).map(Post::id).toList();
        if (!corporatePosts.isEmpty() && random.nextInt(5) == 0) {
            b.resharedFrom(pick(corporatePosts));
        }
        return b.build();
    }

    /** One random change, applied to the model and to the session. */
    private Delta step(OrgSession org) {
        switch (random.nextInt(17)) {
            case 0, 1, 2 -> {
                Post post = randomPost("post-" + next++);
                Change change = random.nextBoolean() ? Change.postDrafted(post) : Change.postPublished(post);
                Post applied = change instanceof Change.PostDrafted d ? d.post() : ((Change.PostPublished) change).post();
                posts.put(post.id(), applied.postedAt() == null ? applied.withPostedAt(at) : applied);
                return org.apply(change);
            }
            case 3 -> {
                List<Post> drafts = posts.values().stream().filter(p -> p.status() == PostStatus.DRAFT).toList();
                if (drafts.isEmpty()) {
                    return org.advanceTo(at);
                }
                Post draft = pick(drafts);
                boolean reshared = posts.values().stream().anyMatch(p -> draft.id().equals(p.resharedFrom()));
                if (random.nextBoolean() || reshared) {
                    Post published = Change.postPublished(draft) instanceof Change.PostPublished p ? p.post() : draft;
                    posts.put(draft.id(), published);
                    return org.apply(Change.postPublished(draft));
                }
                posts.remove(draft.id());
                return org.apply(Change.draftDiscarded(draft.id()));
            }
            case 4 -> {
                List<Post> published = posts.values().stream().filter(p -> p.status() == PostStatus.PUBLISHED).toList();
                if (published.isEmpty()) {
                    return org.advanceTo(at);
                }
                Post post = pick(published);
                posts.put(post.id(), new Post(post.id(), post.author(), post.account(), post.text(), post.tags(), post.mentions(),
                        post.media(), post.postedAt(), PostStatus.DELETED, post.approvals(), post.disclosesEmployment(),
                        post.resharedFrom()));
                return org.apply(Change.postDeleted(post.id()));
            }
            case 5 -> {
                String from = pick(new ArrayList<>(people.keySet()));
                String to = random.nextInt(4) == 0 ? pick(new ArrayList<>(people.keySet())) : pick(new ArrayList<>(contacts.keySet()));
                String account = random.nextInt(3) == 0 ? "a-corp-fb" : "a-" + from;
                Message tagged = Message.of("m-" + next++, from, account, to,
                        random.nextBoolean() ? null : at.minus(Duration.ofHours(random.nextInt(30))), pick(MESSAGE_TAGS));
                Message message = random.nextInt(3) > 0 ? tagged : new Message(tagged.id(), from, account, to, tagged.sentAt(),
                        pick(MESSAGE_TEXTS), tagged.tags());
                messages.put(message.id(), message.sentAt() == null ? message.withSentAt(at) : message);
                return org.apply(Change.messageSent(message));
            }
            case 6 -> {
                Person p = pick(new ArrayList<>(people.values()));
                LocalDate on = random.nextBoolean() ? null : at.atZone(ZoneOffset.UTC).toLocalDate().minusDays(random.nextInt(20));
                people.put(p.id(), p.withDeparted(on));
                return org.apply(Change.personDeparted(p.id(), on));
            }
            case 7 -> {
                String id = pick(new ArrayList<>(people.keySet()));
                Person updated = person(id).withReportsTo(people.get(id).reportsTo());
                people.put(id, updated);
                return org.apply(Change.personUpdated(updated));
            }
            case 8 -> {
                String id = "p-" + (100 + next++);
                String account = join(id);
                Delta joined = org.apply(Change.personJoined(people.get(id)));
                Delta opened = org.apply(Change.accountOpened(accounts.get(account)));
                List<Finding> appeared = new ArrayList<>(joined.appeared());
                appeared.addAll(opened.appeared());
                List<Finding> disappeared = new ArrayList<>(joined.disappeared());
                disappeared.addAll(opened.disappeared());
                return new Delta(appeared, disappeared);
            }
            case 9 -> {
                String id = random.nextBoolean() ? "a-corp-x" : "a-corp-fb";
                Account a = accounts.get(id);
                LocalDate on = at.atZone(ZoneOffset.UTC).toLocalDate();
                accounts.put(id, new Account(a.id(), a.platform(), a.kind(), a.owner(), a.visibility(), a.profileNamesEmployer(),
                        a.disclaimer(), a.credentialHolders(), a.formerCredentialHolders(), on, a.archived()));
                return org.apply(Change.passwordChanged(id, on));
            }
            case 10 -> {
                Account a = accounts.get("a-corp-x");
                if (a.credentialHolders().isEmpty()) {
                    return org.advanceTo(at);
                }
                String holder = pick(new ArrayList<>(a.credentialHolders()));
                Set<String> holders = new LinkedHashSet<>(a.credentialHolders());
                holders.remove(holder);
                Set<String> former = new LinkedHashSet<>(a.formerCredentialHolders());
                former.add(holder);
                accounts.put(a.id(), new Account(a.id(), a.platform(), a.kind(), a.owner(), a.visibility(), a.profileNamesEmployer(),
                        a.disclaimer(), holders, former, a.passwordChangedOn(), a.archived()));
                return org.apply(Change.accessRevoked(a.id(), holder));
            }
            case 11 -> {
                Connection connection = connect();
                return connection == null ? org.advanceTo(at) : org.apply(Change.connected(connection));
            }
            case 12 -> {
                if (connections.isEmpty()) {
                    return org.advanceTo(at);
                }
                Connection c = pick(new ArrayList<>(connections.values()));
                if (random.nextInt(3) == 0) {
                    connections.remove(c.account() + "/" + c.contact());
                    return org.apply(Change.disconnected(c.account(), c.contact()));
                }
                LocalDate on = at.atZone(ZoneOffset.UTC).toLocalDate();
                connections.put(c.account() + "/" + c.contact(), c.withDisconnectionRequestedOn(on));
                return org.apply(Change.disconnectionRequested(c.account(), c.contact(), on));
            }
            case 13 -> {
                if (!relationships.isEmpty() && random.nextBoolean()) {
                    Relationship r = pick(new ArrayList<>(relationships.values()));
                    if (!r.accepted() && random.nextBoolean()) {
                        relationships.put(r.id(), r.withAccepted());
                        return org.apply(Change.relationshipAccepted(r.id()));
                    }
                    relationships.remove(r.id());
                    return org.apply(Change.relationshipEnded(r.id()));
                }
                Relationship r = relate();
                return r == null ? org.advanceTo(at) : org.apply(Change.related(r));
            }
            case 14 -> {
                // first a name some post texts already carry, so that reading them again finds it
                Contact added = contacts.containsKey("c-newco")
                        ? Contact.of("c-" + (100 + next++), "Another Client " + next, ContactKind.CLIENT)
                        : Contact.of("c-newco", "Newco Bank", ContactKind.CLIENT);
                contacts.put(added.id(), added);
                return org.apply(Change.contactAdded(added));
            }
            default -> {
                at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 6)));
                return org.advanceTo(at);
            }
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
