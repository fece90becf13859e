package dev.fineline.rules;

import dev.fineline.content.Signal;
import dev.fineline.content.ContentAnalyzer;
import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Message;
import dev.fineline.model.Monitoring;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Relationship;
import dev.fineline.model.PostStatus;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * The {@link OrgSession} of the engine: one Drools session that keeps an organisation's facts, each
 * record's fact handle kept by id so that a change inserts, updates or deletes only what it touches.
 *
 * <p>How a finding goes away: every finding is kept under the match whose consequence emitted it. Drools
 * tells a {@link RuleEventListener} when a match is deleted ({@code onDeleteMatch}: a fact it joined was
 * deleted, or changed so that the rule's conditions no longer hold); its findings go then. A match
 * whose facts changed but still holds fires again, and its old findings are dropped just before it does,
 * so they are replaced by what the consequence now says. This is exact for any rule, unlike re-running
 * chosen rules, and costs nothing for matches a change does not touch.
 *
 * <p>A rule that reads other findings through {@link FindingSink#about} (the built-in POST-14 does)
 * depends on them without joining them; when those findings change after it read them and its own facts
 * did not change, one of its facts is updated so that it fires again, until nothing is stale.
 */
final class ResidentSession implements OrgSession, Emitting, RuleEventListener {

    /** Rounds of re-firing for rules that read findings; each round settles one more level of reading. */
    private static final int MAX_ROUNDS = 10;

    private final RuleBase ruleBase;
    private final Limits limits;
    private final Map<String, RuleSetting> settingsByRule;
    private final Organization organization;
    private final Settings settings;
    private KieSession session;
    private Instant at;
    private FactHandle situationHandle;

    private final Map<String, Held<Person>> people = new LinkedHashMap<>();
    private final Map<String, Held<Contact>> contacts = new LinkedHashMap<>();
    private final Map<String, Held<Account>> accounts = new LinkedHashMap<>();
    private final Map<String, Held<Connection>> connections = new LinkedHashMap<>();
    private final Map<String, Held<Post>> posts = new LinkedHashMap<>();
    private final Map<String, Held<Message>> messages = new LinkedHashMap<>();
    private final Map<String, Held<EmployerRequest>> requests = new LinkedHashMap<>();
    private final Map<String, Held<Monitoring>> monitoring = new LinkedHashMap<>();
    private final Map<String, Held<Relationship>> relationships = new LinkedHashMap<>();
    /** How many posts reshare each post: a draft another post reshares cannot be discarded. */
    private final Map<String, int[]> reshares = new HashMap<>();

    /** The findings each fired match emitted, by the match's identity. */
    private final Map<Match, List<Finding>> byMatch = new IdentityHashMap<>();
    /** Every finding that holds, by subject. */
    private final Map<String, List<Finding>> bySubject = new HashMap<>();
    private int findingCount;
    /** What the change under way did: +n appeared, -n went away. Replaced after a big change: a cleared map keeps its table. */
    private Map<Finding, int[]> delta = new HashMap<>();
    private int deltaCounted;

    /** Rules reading findings: subject, then the reading match and the change count when it read. */
    private final Map<String, Map<Match, Long>> readers = new HashMap<>();
    /**
     * Per record key ({@code person:p-1}, {@code situation}), the matches whose consequence looked it up
     * through {@code facts}: when the record changes they fire again, since their findings may say
     * something else now although their own facts did not change.
     */
    private final Map<String, Set<Match>> lookups = new HashMap<>();
    private final Map<Match, Set<String>> lookedUp = new IdentityHashMap<>();
    private final Map<Match, Set<String>> reads = new IdentityHashMap<>();
    /** Per subject with readers, the change count of its last change by another match. */
    private final Map<String, Long> lastChange = new HashMap<>();
    private long changes;

    private Match current;
    private RuleInfo currentRule;
    /** Firings per rule in the change under way, by the rule's index: the likeliest culprit of a runaway. */
    private final Map<RuleInfo, Integer> ruleIndex = new IdentityHashMap<>();
    private final RuleInfo[] rulesByIndex;
    private final int[] firings;
    private long deadline;
    private boolean timedOut;
    private boolean running;
    private String failure;
    private boolean closed;

    /** Reads the text of posts and messages as evaluate does; null when the session judges by tags only. */
    private final ContentAnalyzer analyzer;
    private Reading.Contexts contexts;
    /** What was read in each post's and message's text, by its id; a text that says nothing has no entry. */
    private final Map<String, ReadText> texts = new HashMap<>();

    /** A subject's text as read: its signal facts, the signals the caller had not tagged, a failure to read it. */
    private record ReadText(List<TextSignal> signals, List<FactHandle> handles, List<Signal> fresh, EvaluationError error) {
    }

    private ResidentSession(RuleBase ruleBase, Situation situation, Limits limits, ContentAnalyzer analyzer) {
        this.ruleBase = ruleBase;
        this.limits = limits;
        this.analyzer = analyzer;
        this.settingsByRule = Evaluation.resolve(ruleBase, situation.organization().settings().rules());
        this.organization = situation.organization();
        this.settings = organization.settings();
        this.at = situation.at();
        this.rulesByIndex = ruleBase.rules().values().toArray(new RuleInfo[0]);
        for (int i = 0; i < rulesByIndex.length; i++) {
            ruleIndex.put(rulesByIndex[i], i);
        }
        this.firings = new int[rulesByIndex.length];
    }

    /**
     * Opens a session holding a situation.
     *
     * @throws IllegalArgumentException when the settings name a rule or guidance id not in force
     * @throws IllegalStateException    when judging the situation fails
     */
    static ResidentSession open(RuleBase ruleBase, Situation situation, Limits limits, ContentAnalyzer analyzer) {
        ResidentSession resident = new ResidentSession(ruleBase, situation, limits, analyzer);
        resident.start(situation);
        return resident;
    }

    private void start(Situation situation) {
        try {
            session = ruleBase.kieBase().newKieSession();
            session.setGlobal("findings", this);
            if (ruleBase.declaresFacts()) {
                session.setGlobal("facts", new HeldFacts());
            }
            ((RuleEventManager) session).addEventListener(this);
            situationHandle = session.insert(moment(at));
            session.insert(organization);
            session.insert(settings);
            situation.people().forEach(p -> people.put(p.id(), new Held<>(p, session.insert(p))));
            situation.contacts().forEach(c -> contacts.put(c.id(), new Held<>(c, session.insert(c))));
            contexts = analyzer == null ? null : new Reading.Contexts(settings, situation.contacts());
            situation.accounts().forEach(a -> accounts.put(a.id(), new Held<>(a, session.insert(a))));
            situation.connections().forEach(c -> connections.put(key(c), new Held<>(c, session.insert(c))));
            situation.posts().forEach(p -> {
                List<EvaluationError> errors = new ArrayList<>(0);
                Reading.Read<Post> read = read(p, errors);
                posts.put(p.id(), new Held<>(p, session.insert(read.record())));
                keep(p.id(), read, errors);
                reshared(p, 1);
            });
            situation.messages().forEach(m -> {
                List<EvaluationError> errors = new ArrayList<>(0);
                Reading.Read<Message> read = read(m, errors);
                messages.put(m.id(), new Held<>(m, session.insert(read.record())));
                keep(m.id(), read, errors);
            });
            situation.requests().forEach(r -> requests.put(r.id(), new Held<>(r, session.insert(r))));
            situation.monitoring().forEach(m -> monitoring.put(m.id(), new Held<>(m, session.insert(m))));
            situation.relationships().forEach(r -> relationships.put(r.id(), new Held<>(r, session.insert(r))));
            running = true;
            fire();
            delta = new HashMap<>();
            deltaCounted = 0;
        } catch (Throwable e) {
            throw fail("opening the session", e);
        } finally {
            running = false;
        }
    }

    /** The fact that carries the moment of judgement and the organisation; the records are facts of their own. */
    private Situation moment(Instant moment) {
        return new Situation(moment, organization, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** A post as the rules see it, its text read as {@link PolicyEngine#evaluate(Situation)} reads it; touches no fact. */
    private Reading.Read<Post> read(Post post, List<EvaluationError> errors) {
        return analyzer == null ? new Reading.Read<>(post, List.of(), List.of())
                : Reading.post(analyzer, contexts, post, errors);
    }

    /** A message as the rules see it, its text read; touches no fact. */
    private Reading.Read<Message> read(Message message, List<EvaluationError> errors) {
        return analyzer == null ? new Reading.Read<>(message, List.of(), List.of())
                : Reading.message(analyzer, contexts, message, errors);
    }

    /** Puts what was read in a subject's text into the session: its signal facts replace the ones read before. */
    private void keep(String id, Reading.Read<?> read, List<EvaluationError> errors) {
        forget(id);
        if (read.signals().isEmpty() && errors.isEmpty()) {
            return;
        }
        List<FactHandle> handles = new ArrayList<>(read.signals().size());
        read.signals().forEach(signal -> handles.add(session.insert(signal)));
        texts.put(id, new ReadText(read.signals(), handles, read.fresh(), errors.isEmpty() ? null : errors.get(0)));
    }

    /** Takes a subject's signal facts out of the session. */
    private void forget(String id) {
        ReadText gone = texts.remove(id);
        if (gone != null) {
            gone.handles().forEach(session::delete);
        }
    }

    /** Reads every text again, as a new contact's name may now be read in it. */
    private void readAgain() {
        contexts = new Reading.Contexts(settings, records(contacts));
        readAgain(posts, Post::text, Post::id, this::read);
        readAgain(messages, Message::text, Message::id, this::read);
    }

    private <T> void readAgain(Map<String, Held<T>> held, java.util.function.Function<T, String> text,
            java.util.function.Function<T, String> id,
            java.util.function.BiFunction<T, List<EvaluationError>, Reading.Read<T>> reader) {
        for (Held<T> h : held.values()) {
            if (!text.apply(h.record).isBlank()) {
                List<EvaluationError> errors = new ArrayList<>(0);
                Reading.Read<T> read = reader.apply(h.record, errors);
                update(h, h.record, read.record());
                keep(id.apply(h.record), read, errors);
            }
        }
    }

    private static String key(Connection connection) {
        return key(connection.account(), connection.contact());
    }

    private static String key(String account, String contact) {
        return account + '\n' + contact;
    }

    // ---- the public API ----

    @Override
    public Delta apply(Change change) {
        ensureOpen();
        if (change == null) {
            throw new IllegalArgumentException("change: is required");
        }
        Runnable mutation = plan(change);
        return run(() -> label(change), mutation);
    }

    @Override
    public Delta advanceTo(Instant moment) {
        ensureOpen();
        if (moment == null) {
            throw new IllegalArgumentException("moment: is required");
        }
        if (moment.isBefore(at)) {
            throw new IllegalArgumentException("moment: must not be before the session's clock " + quote(at) + ", was "
                    + quote(moment));
        }
        if (moment.equals(at)) {
            return new Delta(List.of(), List.of());
        }
        return run(() -> "advancing the clock to " + quote(moment), () -> {
            at = moment;
            session.update(situationHandle, moment(moment));
            changed("situation");
        });
    }

    @Override
    public Instant at() {
        ensureOpen();
        return at;
    }

    @Override
    public Decision decision() {
        ensureOpen();
        List<Finding> all = new ArrayList<>(findingCount);
        bySubject.values().forEach(all::addAll);
        if (texts.isEmpty()) {
            return Decision.of(all, List.of(), ruleBase.id(), limits.failClosed());
        }
        // as evaluate gives them: by subject, posts then messages in situation order, each in text order
        List<TextSignal> signals = new ArrayList<>();
        List<EvaluationError> errors = new ArrayList<>(0);
        for (String id : posts.keySet()) {
            told(texts.get(id), signals, errors);
        }
        for (String id : messages.keySet()) {
            told(texts.get(id), signals, errors);
        }
        return Decision.of(all, errors, ruleBase.id(), limits.failClosed(), signals);
    }

    private static void told(ReadText text, List<TextSignal> signals, List<EvaluationError> errors) {
        if (text != null) {
            signals.addAll(text.signals());
            if (text.error() != null) {
                errors.add(text.error());
            }
        }
    }

    @Override
    public Situation situation() {
        ensureOpen();
        return new Situation(at, organization, records(people), records(contacts), records(accounts), records(connections),
                records(posts), records(messages), records(requests), records(monitoring), records(relationships));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        dispose();
    }

    private static <T> List<T> records(Map<String, Held<T>> held) {
        List<T> list = new ArrayList<>(held.size());
        held.values().forEach(h -> list.add(h.record));
        return list;
    }

    private void ensureOpen() {
        if (running) {
            throw new IllegalStateException("the organisation session is busy with a change: a rule may not use it, and "
                    + "it may not be shared between threads");
        }
        if (closed) {
            throw new IllegalStateException(failure == null ? "the organisation session is closed"
                    : "the organisation session is closed: " + failure);
        }
    }

    // ---- applying a change: validate everything, then touch the session ----

    /** Checks a change against the records held and returns what it does; throws before touching anything. */
    private Runnable plan(Change change) {
        if (change instanceof Change.PostDrafted c) {
            return upsertPost(c.post());
        } else if (change instanceof Change.PostPublished c) {
            return upsertPost(c.post());
        } else if (change instanceof Change.PostDeleted c) {
            Held<Post> held = existing(posts, c.postId(), "postId", "post");
            Post post = held.record;
            if (post.status() == PostStatus.DRAFT) {
                throw new IllegalArgumentException("postId: post " + quote(post.id()) + " is a draft, never published; "
                        + "discard it instead of deleting it");
            }
            Post deleted = new Post(post.id(), post.author(), post.account(), post.text(), post.tags(), post.mentions(),
                    post.media(), post.postedAt(), PostStatus.DELETED, post.approvals(), post.disclosesEmployment(),
                    post.resharedFrom());
            List<EvaluationError> errors = new ArrayList<>(0);
            Reading.Read<Post> read = read(deleted, errors);
            return () -> {
                update(held, deleted, read.record());
                keep(deleted.id(), read, errors);
            };
        } else if (change instanceof Change.DraftDiscarded c) {
            Held<Post> held = existing(posts, c.postId(), "postId", "post");
            if (held.record.status() != PostStatus.DRAFT) {
                throw new IllegalArgumentException("postId: post " + quote(c.postId()) + " is " + held.record.status()
                        + ", not a draft; delete it instead");
            }
            int[] resharing = reshares.get(c.postId());
            int self = c.postId().equals(held.record.resharedFrom()) ? 1 : 0;
            if (resharing != null && resharing[0] > self) {
                throw new IllegalArgumentException("postId: draft " + quote(c.postId()) + " is reshared by another post");
            }
            return () -> {
                reshared(held.record, -1);
                forget(c.postId());
                remove(posts, c.postId());
            };
        } else if (change instanceof Change.MessageSent c) {
            Message m = c.message();
            free(m.id(), "message.id");
            refer(people, m.from(), "message.from", "person");
            refer(accounts, m.account(), "message.account", "account");
            if (!contacts.containsKey(m.to()) && !people.containsKey(m.to())) {
                throw new IllegalArgumentException("message.to: names no contact or person: " + quote(m.to()));
            }
            Message stamped = m.sentAt() == null ? m.withSentAt(at) : m;
            List<EvaluationError> errors = new ArrayList<>(0);
            Reading.Read<Message> read = read(stamped, errors);
            return () -> {
                messages.put(stamped.id(), new Held<>(stamped, session.insert(read.record())));
                keep(stamped.id(), read, errors);
            };
        } else if (change instanceof Change.PersonJoined c) {
            free(c.person().id(), "person.id");
            reportingLine(c.person());
            Person person = withJurisdiction(c.person());
            return () -> people.put(person.id(), new Held<>(person, session.insert(person)));
        } else if (change instanceof Change.PersonUpdated c) {
            Held<Person> held = existing(people, c.person().id(), "person.id", "person");
            reportingLine(c.person());
            Person person = withJurisdiction(c.person());
            return () -> update(held, person, person);
        } else if (change instanceof Change.PersonDeparted c) {
            Held<Person> held = existing(people, c.personId(), "personId", "person");
            Person p = held.record;
            Person gone = p.withDeparted(c.on());
            return () -> update(held, gone, gone);
        } else if (change instanceof Change.AccountOpened c) {
            Account a = c.account();
            free(a.id(), "account.id");
            if (a.owner() != null) {
                refer(people, a.owner(), "account.owner", "person");
            }
            a.credentialHolders().forEach(id -> refer(people, id, "account.credentialHolders", "person"));
            a.formerCredentialHolders().forEach(id -> refer(people, id, "account.formerCredentialHolders", "person"));
            return () -> accounts.put(a.id(), new Held<>(a, session.insert(a)));
        } else if (change instanceof Change.PasswordChanged c) {
            Held<Account> held = existing(accounts, c.accountId(), "accountId", "account");
            Account a = held.record;
            Account changed = new Account(a.id(), a.platform(), a.kind(), a.owner(), a.visibility(), a.profileNamesEmployer(),
                    a.disclaimer(), a.credentialHolders(), a.formerCredentialHolders(), c.on(), a.archived());
            return () -> update(held, changed, changed);
        } else if (change instanceof Change.AccessRevoked c) {
            Held<Account> held = existing(accounts, c.accountId(), "accountId", "account");
            Account a = held.record;
            if (!a.credentialHolders().contains(c.personId())) {
                throw new IllegalArgumentException("personId: " + quote(c.personId()) + " holds no credentials of account "
                        + quote(a.id()));
            }
            Set<String> holders = new LinkedHashSet<>(a.credentialHolders());
            holders.remove(c.personId());
            Set<String> former = new LinkedHashSet<>(a.formerCredentialHolders());
            former.add(c.personId());
            Account changed = new Account(a.id(), a.platform(), a.kind(), a.owner(), a.visibility(), a.profileNamesEmployer(),
                    a.disclaimer(), holders, former, a.passwordChangedOn(), a.archived());
            return () -> update(held, changed, changed);
        } else if (change instanceof Change.ContactAdded c) {
            free(c.contact().id(), "contact.id");
            return () -> {
                contacts.put(c.contact().id(), new Held<>(c.contact(), session.insert(c.contact())));
                if (analyzer != null) {
                    readAgain();
                }
            };
        } else if (change instanceof Change.Connected c) {
            Connection connection = c.connection();
            refer(accounts, connection.account(), "connection.account", "account");
            refer(contacts, connection.contact(), "connection.contact", "contact");
            if (connections.containsKey(key(connection))) {
                throw new IllegalArgumentException("connection: account " + quote(connection.account())
                        + " is already connected with contact " + quote(connection.contact()));
            }
            return () -> connections.put(key(connection), new Held<>(connection, session.insert(connection)));
        } else if (change instanceof Change.DisconnectionRequested c) {
            Held<Connection> held = connection(c.accountId(), c.contactId());
            Connection asked = held.record.withDisconnectionRequestedOn(c.on());
            return () -> update(held, asked, asked);
        } else if (change instanceof Change.Disconnected c) {
            connection(c.accountId(), c.contactId());
            return () -> remove(connections, key(c.accountId(), c.contactId()));
        } else if (change instanceof Change.Related c) {
            Relationship r = c.relationship();
            free(r.id(), "relationship.id");
            refer(accounts, r.from(), "relationship.from", "account");
            refer(accounts, r.to(), "relationship.to", "account");
            Relationship stamped = r.requestedAt() == null ? new Relationship(r.id(), r.kind(), r.from(), r.to(), at, r.accepted()) : r;
            return () -> relationships.put(stamped.id(), new Held<>(stamped, session.insert(stamped)));
        } else if (change instanceof Change.RelationshipAccepted c) {
            Held<Relationship> held = existing(relationships, c.relationshipId(), "relationshipId", "relationship");
            if (held.record.accepted()) {
                throw new IllegalArgumentException("relationshipId: relationship " + quote(c.relationshipId())
                        + " is accepted already");
            }
            Relationship accepted = held.record.withAccepted();
            return () -> update(held, accepted, accepted);
        } else if (change instanceof Change.RelationshipEnded c) {
            existing(relationships, c.relationshipId(), "relationshipId", "relationship");
            return () -> remove(relationships, c.relationshipId());
        }
        throw new IllegalArgumentException("change: unknown kind " + quote(change.getClass().getSimpleName()));
    }

    private Runnable upsertPost(Post post) {
        Held<Post> held = posts.get(post.id());
        if (held == null) {
            free(post.id(), "post.id");
        }
        refer(people, post.author(), "post.author", "person");
        refer(accounts, post.account(), "post.account", "account");
        post.mentions().forEach(id -> refer(contacts, id, "post.mentions", "contact"));
        if (post.resharedFrom() != null && !post.resharedFrom().equals(post.id())) {
            refer(posts, post.resharedFrom(), "post.resharedFrom", "post");
        }
        Post stamped = post.postedAt() == null ? post.withPostedAt(at) : post;
        List<EvaluationError> errors = new ArrayList<>(0);
        Reading.Read<Post> read = read(stamped, errors);
        if (held == null) {
            return () -> {
                posts.put(stamped.id(), new Held<>(stamped, session.insert(read.record())));
                keep(stamped.id(), read, errors);
                reshared(stamped, 1);
            };
        }
        return () -> {
            reshared(held.record, -1);
            update(held, stamped, read.record());
            keep(stamped.id(), read, errors);
            reshared(stamped, 1);
        };
    }

    private void reshared(Post post, int count) {
        if (post.resharedFrom() != null) {
            int[] n = reshares.computeIfAbsent(post.resharedFrom(), id -> new int[1]);
            n[0] += count;
            if (n[0] == 0) {
                reshares.remove(post.resharedFrom());
            }
        }
    }

    /**
     * Refuses a manager the session does not hold, or one whose own reporting line leads back to the person,
     * as a situation refuses a reporting line that loops.
     */
    private void reportingLine(Person person) {
        String manager = person.reportsTo();
        if (manager == null) {
            return;
        }
        refer(people, manager, "person.reportsTo", "person");
        Set<String> seen = new LinkedHashSet<>();
        seen.add(person.id());
        for (String up = manager; up != null; ) {
            if (!seen.add(up)) {
                throw new IllegalArgumentException("person.reportsTo: reporting line loops: "
                        + String.join(" -> ", seen.stream().map(ResidentSession::quote).toList()) + " -> " + quote(up));
            }
            Held<Person> held = people.get(up);
            up = held == null ? null : held.record.reportsTo();
        }
    }

    private Person withJurisdiction(Person person) {
        return person.jurisdiction() == null && organization.jurisdiction() != null
                ? person.withJurisdiction(organization.jurisdiction()) : person;
    }

    private Held<Connection> connection(String account, String contact) {
        Held<Connection> held = connections.get(key(account, contact));
        if (held == null) {
            throw new IllegalArgumentException("connection: account " + quote(account) + " is not connected with contact "
                    + quote(contact));
        }
        return held;
    }

    private static <T> Held<T> existing(Map<String, Held<T>> held, String id, String field, String noun) {
        Held<T> found = held.get(id);
        if (found == null) {
            throw new IllegalArgumentException(field + ": names no " + noun + ": " + quote(id));
        }
        return found;
    }

    private static void refer(Map<String, ? extends Held<?>> held, String id, String field, String noun) {
        if (!held.containsKey(id)) {
            throw new IllegalArgumentException(field + ": names no " + noun + ": " + quote(id));
        }
    }

    /** Ids are unique across the situation's people, contacts, accounts, posts, messages, requests and monitoring. */
    private void free(String id, String field) {
        String holder = people.containsKey(id) ? "a person" : contacts.containsKey(id) ? "a contact"
                : accounts.containsKey(id) ? "an account" : posts.containsKey(id) ? "a post"
                : messages.containsKey(id) ? "a message" : requests.containsKey(id) ? "a request"
                : monitoring.containsKey(id) ? "a monitoring" : relationships.containsKey(id) ? "a relationship" : null;
        if (holder != null) {
            throw new IllegalArgumentException(field + ": duplicate id " + quote(id) + ", already used by " + holder);
        }
    }

    private <T> void update(Held<T> held, T record, Object fact) {
        held.record = record;
        session.update(held.handle, fact);
        String key = keyOf(record);
        if (key != null) {
            changed(key);
        }
    }

    private <T> void remove(Map<String, Held<T>> held, String key) {
        Held<T> gone = held.remove(key);
        session.delete(gone.handle);
        String lookupKey = keyOf(gone.record);
        if (lookupKey != null) {
            changed(lookupKey);
        }
    }

    /** A change's name for messages: its kind and the id it names, never the content of a record. */
    private static String label(Change change) {
        String kind = change.getClass().getSimpleName();
        String name = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
        String id;
        if (change instanceof Change.PostDrafted c) {
            id = c.post().id();
        } else if (change instanceof Change.PostPublished c) {
            id = c.post().id();
        } else if (change instanceof Change.PostDeleted c) {
            id = c.postId();
        } else if (change instanceof Change.DraftDiscarded c) {
            id = c.postId();
        } else if (change instanceof Change.MessageSent c) {
            id = c.message().id();
        } else if (change instanceof Change.PersonJoined c) {
            id = c.person().id();
        } else if (change instanceof Change.PersonUpdated c) {
            id = c.person().id();
        } else if (change instanceof Change.PersonDeparted c) {
            id = c.personId();
        } else if (change instanceof Change.AccountOpened c) {
            id = c.account().id();
        } else if (change instanceof Change.PasswordChanged c) {
            id = c.accountId();
        } else if (change instanceof Change.AccessRevoked c) {
            id = c.accountId();
        } else if (change instanceof Change.ContactAdded c) {
            id = c.contact().id();
        } else if (change instanceof Change.Connected c) {
            id = c.connection().account();
        } else if (change instanceof Change.DisconnectionRequested c) {
            id = c.accountId();
        } else if (change instanceof Change.Disconnected c) {
            id = c.accountId();
        } else if (change instanceof Change.Related c) {
            id = c.relationship().id();
        } else if (change instanceof Change.RelationshipAccepted c) {
            id = c.relationshipId();
        } else if (change instanceof Change.RelationshipEnded c) {
            id = c.relationshipId();
        } else {
            id = "";
        }
        return "change " + name + " " + quote(id);
    }

    private Delta run(java.util.function.Supplier<String> what, Runnable mutation) {
        running = true;
        try {
            mutation.run();
            fire();
            return takeDelta();
        } catch (Throwable e) {
            throw fail(what.get(), e);
        } finally {
            running = false;
        }
    }

    /** Fires until every rule that read findings has read them as they stand. */
    private void fire() {
        java.util.Arrays.fill(firings, 0);
        timedOut = false;
        deadline = System.nanoTime() + limits.maxNanos();
        long facts = session.getFactCount();
        int limit = limits.maxFirings() > 0 ? limits.maxFirings()
                : (int) Math.min(Integer.MAX_VALUE, Math.max(10_000L, 100L * facts));
        int fired = 0;
        for (int round = 0; ; round++) {
            fired += session.fireAllRules(this::isEnabled, limit - fired);
            if (timedOut) {
                throw new Runaway(mostFired() + "stopped after " + (limits.maxNanos() / 1_000_000)
                        + " ms of rule firing (" + fired + " firings); the rules may loop");
            }
            if (fired >= limit) {
                throw new Runaway(mostFired() + "stopped after " + limit + " rule firings; the rules may loop");
            }
            if (lastChange.isEmpty()) {
                return;
            }
            List<Match> stale = staleReaders();
            lastChange.clear();
            if (stale.isEmpty()) {
                return;
            }
            if (round == MAX_ROUNDS) {
                throw new Runaway("rules that read findings (" + quote(stale.get(0).getRule().getName())
                        + ") did not settle after " + MAX_ROUNDS + " rounds");
            }
            for (Match match : stale) {
                FactHandle handle = ownHandle(match);
                if (handle != null) {
                    session.update(handle, session.getObject(handle));
                }
            }
        }
    }

    private List<Match> staleReaders() {
        List<Match> stale = new ArrayList<>();
        Set<Match> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        lastChange.forEach((subject, changedAt) -> {
            Map<Match, Long> subjectReaders = readers.get(subject);
            if (subjectReaders != null) {
                subjectReaders.forEach((match, readAt) -> {
                    if (readAt < changedAt && seen.add(match)) {
                        stale.add(match);
                    }
                });
            }
        });
        return stale;
    }

    /** The fact of a match to update so that it fires again: one of its own, not the organisation-wide ones. */
    private FactHandle ownHandle(Match match) {
        FactHandle first = null;
        for (FactHandle handle : match.getFactHandles()) {
            Object fact = session.getObject(handle);
            if (fact == null) {
                continue;
            }
            if (!(fact instanceof Situation) && !(fact instanceof Organization) && !(fact instanceof Settings)) {
                return handle;
            }
            first = first == null ? handle : first;
        }
        return first;
    }

    private boolean isEnabled(Match match) {
        if (settingsByRule.isEmpty()) {
            return true;
        }
        RuleSetting setting = settingsByRule.get(match.getRule().getName());
        return setting == null || setting.enabled();
    }

    private String mostFired() {
        RuleInfo most = null;
        int count = 0;
        for (int i = 0; i < firings.length; i++) {
            if (firings[i] > count) {
                most = rulesByIndex[i];
                count = firings[i];
            }
        }
        return most == null ? "" : "most firings by rule " + quote(most.name()) + "; ";
    }

    private Delta takeDelta() {
        Map<Finding, int[]> made = delta;
        // a cleared map keeps its table, and iterating a table sized for thousands costs that much every time
        delta = deltaCounted > 256 ? new HashMap<>() : delta;
        deltaCounted = 0;
        if (made.isEmpty()) {
            return new Delta(List.of(), List.of());
        }
        List<Finding> appeared = new ArrayList<>();
        List<Finding> gone = new ArrayList<>();
        made.forEach((finding, count) -> {
            for (int i = 0; i < Math.abs(count[0]); i++) {
                (count[0] > 0 ? appeared : gone).add(finding);
            }
        });
        made.clear();
        appeared.sort(Decision.ORDER);
        gone.sort(Decision.ORDER);
        return new Delta(appeared, gone);
    }

    /** Closes the session after a failure and says why; an Error is thrown as it is, after closing. */
    private RuntimeException fail(String what, Throwable e) {
        String rule = currentRule == null ? "" : " in rule " + quote(currentRule.name());
        failure = what + " failed" + (e instanceof Runaway ? "" : rule) + ": " + reason(e);
        closed = true;
        dispose();
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure + "; the session is closed", e);
    }

    private void dispose() {
        KieSession open = session;
        session = null;
        byMatch.clear();
        bySubject.clear();
        delta.clear();
        readers.clear();
        reads.clear();
        lookups.clear();
        lookedUp.clear();
        if (open != null) {
            try {
                open.dispose();
            } catch (RuntimeException ignored) {
                // the session is gone either way
            }
        }
    }

    private static String reason(Throwable e) {
        return e instanceof Runaway ? e.getMessage() : Evaluation.reason(e);
    }

    private static String quote(Object value) {
        return "\"" + value + "\"";
    }

    // ---- keeping findings by match ----

    @Override
    public void onBeforeMatchFire(Match match) {
        current = match;
        currentRule = ruleBase.rule(match.getRule());
        Integer index = ruleIndex.get(currentRule);
        if (index != null) {
            firings[index]++;
        }
        if (!timedOut && System.nanoTime() > deadline) {
            timedOut = true;
            session.halt();
        }
        // Fires again because its facts changed: what it said before no longer stands.
        List<Finding> before = byMatch.remove(match);
        if (before != null) {
            before.forEach(f -> forget(f, match));
        }
        Set<String> read = reads.remove(match);
        if (read != null) {
            read.forEach(subject -> readers.get(subject).remove(match));
        }
        forgetLookups(match);
    }

    @Override
    public void onAfterMatchFire(Match match) {
        current = null;
    }

    @Override
    public void onDeleteMatch(Match match) {
        forgetLookups(match);
        List<Finding> made = byMatch.remove(match);
        if (made != null) {
            made.forEach(f -> forget(f, match));
        }
        Set<String> read = reads.remove(match);
        if (read != null) {
            read.forEach(subject -> {
                Map<Match, Long> subjectReaders = readers.get(subject);
                subjectReaders.remove(match);
                if (subjectReaders.isEmpty()) {
                    readers.remove(subject);
                }
            });
        }
    }

    private void remember(Finding finding, Match match) {
        byMatch.computeIfAbsent(match, m -> new ArrayList<>(1)).add(finding);
        bySubject.computeIfAbsent(finding.subject(), s -> new ArrayList<>(2)).add(finding);
        findingCount++;
        count(finding, 1, match);
    }

    private void forget(Finding finding, Match match) {
        List<Finding> about = bySubject.get(finding.subject());
        about.remove(finding);
        if (about.isEmpty()) {
            bySubject.remove(finding.subject());
        }
        findingCount--;
        count(finding, -1, match);
    }

    private void count(Finding finding, int sign, Match by) {
        deltaCounted++;
        int[] n = delta.computeIfAbsent(finding, f -> new int[1]);
        n[0] += sign;
        if (n[0] == 0) {
            delta.remove(finding);
        }
        if (!readers.isEmpty() && readers.containsKey(finding.subject())) {
            Set<String> own = reads.get(by);
            if (own == null || !own.contains(finding.subject())) {
                lastChange.put(finding.subject(), ++changes);
            }
        }
    }

    // ---- FindingSink: what the rules call ----

    @Override
    public void found(Verdict verdict, Verdict ceiling, String subject, String explanation, Phrase phrase,
            Obligation[] obligations) {
        if (current == null) {
            throw new IllegalStateException("findings can only be emitted by a firing rule");
        }
        Finding finding = Evaluation.finding(currentRule, settingsByRule.get(currentRule.name()), verdict, ceiling, subject,
                explanation, obligations, involvedIds.of(current.getObjects(), subject), phrase);
        ReadText text = texts.get(subject);
        remember(text == null ? finding : Reading.told(finding, text.fresh(), ruleBase, limits.locale()), current);
    }

    @Override
    public java.util.Locale language() {
        return limits.locale();
    }

    @Override
    public List<Finding> about(String subject) {
        if (current != null) {
            readers.computeIfAbsent(subject, s -> new IdentityHashMap<>()).put(current, ++changes);
            reads.computeIfAbsent(current, m -> new HashSet<>(2)).add(subject);
        }
        List<Finding> found = bySubject.get(subject);
        return found == null ? new ArrayList<>(0) : new ArrayList<>(found);
    }

    /** The ids a finding involves, typed from the records the session holds now. */
    private final InvolvedIds involvedIds = new InvolvedIds(this::typeOf, account -> {
        Held<Account> held = accounts.get(account);
        return held == null ? null : held.record.owner();
    });

    private void lookedUp(String key) {
        if (current != null) {
            lookups.computeIfAbsent(key, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(current);
            lookedUp.computeIfAbsent(current, m -> new HashSet<>(2)).add(key);
        }
    }

    private void forgetLookups(Match match) {
        Set<String> keys = lookedUp.remove(match);
        if (keys != null) {
            for (String key : keys) {
                Set<Match> matches = lookups.get(key);
                if (matches != null) {
                    matches.remove(match);
                    if (matches.isEmpty()) {
                        lookups.remove(key);
                    }
                }
            }
        }
    }

    /** Makes the matches that looked a record up fire again, after the record changed. */
    private void changed(String key) {
        Set<Match> matches = lookups.get(key);
        if (matches == null) {
            return;
        }
        for (Match match : new ArrayList<>(matches)) {
            forgetLookups(match);
            FactHandle handle = ownHandle(match);
            if (handle != null && session.getObject(handle) != null) {
                session.update(handle, session.getObject(handle));
            }
        }
    }

    private static String keyOf(Object record) {
        if (record instanceof Person p) {
            return "person:" + p.id();
        }
        if (record instanceof Account a) {
            return "account:" + a.id();
        }
        if (record instanceof Contact c) {
            return "contact:" + c.id();
        }
        return null;
    }

    private InvolvedIds.Type typeOf(String id) {
        if (people.containsKey(id)) {
            return InvolvedIds.Type.PERSON;
        }
        if (accounts.containsKey(id)) {
            return InvolvedIds.Type.ACCOUNT;
        }
        if (contacts.containsKey(id)) {
            return InvolvedIds.Type.CONTACT;
        }
        if (posts.containsKey(id)) {
            return InvolvedIds.Type.POST;
        }
        if (messages.containsKey(id)) {
            return InvolvedIds.Type.MESSAGE;
        }
        if (requests.containsKey(id)) {
            return InvolvedIds.Type.REQUEST;
        }
        if (relationships.containsKey(id)) {
            return InvolvedIds.Type.RELATIONSHIP;
        }
        return monitoring.containsKey(id) ? InvolvedIds.Type.MONITORING : null;
    }

    /** The look-ups the lean rules make, answered from the records the session holds now. */
    private final class HeldFacts implements Facts {

        private <T> T find(Map<String, Held<T>> held, String id, String noun) {
            lookedUp(noun + ":" + id);
            Held<T> found = id == null ? null : held.get(id);
            if (found == null) {
                throw new IllegalStateException("no " + noun + " has the id \"" + id + "\"");
            }
            return found.record;
        }

        @Override
        public Person person(String id) {
            return find(people, id, "person");
        }

        @Override
        public Account account(String id) {
            return find(accounts, id, "account");
        }

        @Override
        public Contact contact(String id) {
            return find(contacts, id, "contact");
        }

        @Override
        public Situation situation() {
            lookedUp("situation");
            return moment(at);
        }

        @Override
        public Settings settings() {
            return settings;
        }
    }

    /** A record the session holds and the handle of its fact. */
    private static final class Held<T> {
        T record;
        final FactHandle handle;

        Held(T record, FactHandle handle) {
            this.record = record;
            this.handle = handle;
        }
    }

    /** The rules went past the engine's bounds. */
    private static final class Runaway extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Runaway(String message) {
            super(message, null, false, false);
        }
    }
}
