package dev.fineline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an organisation knows at one moment; the engine judges all of it and returns one decision.
 * The constructor fills the documented defaults (a person's jurisdiction is the organisation's, a post
 * or message without a time happened at the moment of judgement) and checks the whole: ids are unique
 * across the situation and every reference names someone. It reports every problem at once.
 *
 * @param at           the moment of judgement; ages and deadlines are counted from it
 * @param organization the organisation
 * @param people       its people, active and departed
 * @param contacts     outside business contacts
 * @param accounts     personal and corporate accounts
 * @param connections  accounts connected with contacts
 * @param posts        posts, drafts included
 * @param messages     direct messages
 * @param requests     what the employer asks of people
 * @param monitoring   how the employer watches social media
 * @param relationships connections, follows and friend or connection requests between accounts
 */
public record Situation(Instant at, Organization organization, List<Person> people, List<Contact> contacts,
        List<Account> accounts, List<Connection> connections, List<Post> posts, List<Message> messages,
        List<EmployerRequest> requests, List<Monitoring> monitoring, List<Relationship> relationships) {

    /**
     * Fills defaults and checks the whole.
     *
     * @throws InvalidSituationException listing every duplicate id and dangling reference
     */
    public Situation {
        List<Problem> problems = new ArrayList<>();
        if (at == null) {
            problems.add(new Problem("at", "is required"));
        }
        organization = organization == null ? Organization.DEFAULT : organization;
        people = nonNull("people", people, problems);
        contacts = nonNull("contacts", contacts, problems);
        accounts = nonNull("accounts", accounts, problems);
        connections = nonNull("connections", connections, problems);
        posts = nonNull("posts", posts, problems);
        messages = nonNull("messages", messages, problems);
        requests = nonNull("requests", requests, problems);
        monitoring = nonNull("monitoring", monitoring, problems);
        relationships = nonNull("relationships", relationships, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSituationException(problems);
        }
        people = withDefaultJurisdiction(people, organization.jurisdiction());
        posts = posts.stream().map(p -> p.postedAt() == null ? p.withPostedAt(at) : p).toList();
        messages = messages.stream().map(m -> m.sentAt() == null ? m.withSentAt(at) : m).toList();
        new Checker(problems).check(people, contacts, accounts, connections, posts, messages, requests, monitoring,
                relationships);
        if (!problems.isEmpty()) {
            throw new InvalidSituationException(problems);
        }
    }

    /**
     * A situation without relationships between accounts: the form before they existed.
     *
     * @param at           the moment of judgement
     * @param organization the organisation
     * @param people       its people
     * @param contacts     outside business contacts
     * @param accounts     personal and corporate accounts
     * @param connections  accounts connected with contacts
     * @param posts        posts
     * @param messages     direct messages
     * @param requests     what the employer asks of people
     * @param monitoring   how the employer watches social media
     * @throws InvalidSituationException listing every duplicate id and dangling reference
     */
    public Situation(Instant at, Organization organization, List<Person> people, List<Contact> contacts,
            List<Account> accounts, List<Connection> connections, List<Post> posts, List<Message> messages,
            List<EmployerRequest> requests, List<Monitoring> monitoring) {
        this(at, organization, people, contacts, accounts, connections, posts, messages, requests, monitoring, List.of());
    }

    private static <T> List<T> nonNull(String field, List<T> values, List<Problem> problems) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problems.add(new Problem(field + "[" + i + "]", "must not be null"));
            }
        }
        return problems.isEmpty() ? List.copyOf(values) : values;
    }

    private static List<Person> withDefaultJurisdiction(List<Person> people, Jurisdiction fallback) {
        if (fallback == null) {
            return people;
        }
        return people.stream().map(p -> p.jurisdiction() == null ? p.withJurisdiction(fallback) : p).toList();
    }

    /**
     * The day of judgement in the organisation's work time zone.
     *
     * @return the local date of {@link #at}
     */
    public LocalDate today() {
        return at.atZone(organization.settings().workHours().zone()).toLocalDate();
    }

    /**
     * Whole days from a day to the day of judgement.
     *
     * @param day a past day
     * @return the days elapsed; negative for a day in the future
     */
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, today());
    }

    /**
     * Finds a person.
     *
     * @param id the person's id
     * @return the person, if present
     */
    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Finds an account.
     *
     * @param id the account's id
     * @return the account, if present
     */
    public Optional<Account> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * The people who report to a person directly.
     *
     * @param manager the manager's person id
     * @return their ids, in situation order
     */
    public List<String> directReports(String manager) {
        return people.stream().filter(p -> manager.equals(p.reportsTo())).map(Person::id).toList();
    }

    /**
     * Tells whether an id names something in this situation: a person, contact, account, post,
     * message, request, monitoring or relationship.
     *
     * @param id an id
     * @return true when something has it
     */
    public boolean contains(String id) {
        return people.stream().anyMatch(x -> x.id().equals(id)) || contacts.stream().anyMatch(x -> x.id().equals(id))
                || accounts.stream().anyMatch(x -> x.id().equals(id)) || posts.stream().anyMatch(x -> x.id().equals(id))
                || messages.stream().anyMatch(x -> x.id().equals(id)) || requests.stream().anyMatch(x -> x.id().equals(id))
                || monitoring.stream().anyMatch(x -> x.id().equals(id))
                || relationships.stream().anyMatch(x -> x.id().equals(id));
    }

    /**
     * A builder that starts from this situation, to change it: same moment, organisation and records.
     *
     * @return a new builder holding everything of this situation
     */
    public Builder toBuilder() {
        Builder b = new Builder(at).organization(organization).people(people).contacts(contacts).accounts(accounts)
                .connections(connections).posts(posts).messages(messages).requests(requests).monitoring(monitoring)
                .relationships(relationships);
        return b;
    }

    /**
     * This situation judged at another moment.
     *
     * @param moment the moment of judgement
     * @return a copy; posts and messages that had no time keep the old moment
     */
    public Situation withAt(Instant moment) {
        return toBuilder().at(moment).build();
    }

    /**
     * This situation with another organisation.
     *
     * @param value the organisation
     * @return a copy with the organisation replaced
     */
    public Situation withOrganization(Organization value) {
        return toBuilder().organization(value).build();
    }

    /**
     * This situation with a person added, or replaced when one with the same id is there.
     *
     * @param person the person
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withPerson(Person person) {
        return new Situation(at, organization, upsert(people, person, Person::id), contacts, accounts, connections, posts,
                messages, requests, monitoring, relationships);
    }

    /**
     * This situation after a person left on a day.
     *
     * @param id  the person's id
     * @param day the day the person left, or null when unknown
     * @return a checked copy
     * @throws IllegalArgumentException when no person has the id
     */
    public Situation withPersonDeparted(String id, LocalDate day) {
        Person person = person(id).orElseThrow(() -> new IllegalArgumentException("people: names no person: "
                + Checks.quote(id)));
        return withPerson(person.withDeparted(day));
    }

    /**
     * This situation with a contact added, or replaced when one with the same id is there.
     *
     * @param contact the contact
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withContact(Contact contact) {
        return new Situation(at, organization, people, upsert(contacts, contact, Contact::id), accounts, connections,
                posts, messages, requests, monitoring, relationships);
    }

    /**
     * This situation with an account added, or replaced when one with the same id is there.
     *
     * @param account the account
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withAccount(Account account) {
        return new Situation(at, organization, people, contacts, upsert(accounts, account, Account::id), connections,
                posts, messages, requests, monitoring, relationships);
    }

    /**
     * This situation with a connection added.
     *
     * @param connection the connection
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withConnection(Connection connection) {
        List<Connection> all = new ArrayList<>(connections);
        all.add(connection);
        return new Situation(at, organization, people, contacts, accounts, all, posts, messages, requests, monitoring,
                relationships);
    }

    /**
     * This situation with a post added, or replaced when one with the same id is there: a draft to
     * check before publishing, or a published one.
     *
     * @param post the post
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withPost(Post post) {
        return new Situation(at, organization, people, contacts, accounts, connections, upsert(posts, post, Post::id),
                messages, requests, monitoring, relationships);
    }

    /**
     * This situation without a post.
     *
     * @param id the post's id
     * @return a checked copy; the same content when no post has the id
     * @throws InvalidSituationException when another post reshared the removed one
     */
    public Situation withoutPost(String id) {
        return new Situation(at, organization, people, contacts, accounts, connections,
                posts.stream().filter(p -> !p.id().equals(id)).toList(), messages, requests, monitoring, relationships);
    }

    /**
     * This situation with a message added, or replaced when one with the same id is there.
     *
     * @param message the message
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withMessage(Message message) {
        return new Situation(at, organization, people, contacts, accounts, connections, posts,
                upsert(messages, message, Message::id), requests, monitoring, relationships);
    }

    /**
     * This situation with an employer request added, or replaced when one with the same id is there.
     *
     * @param request the request
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withRequest(EmployerRequest request) {
        return new Situation(at, organization, people, contacts, accounts, connections, posts, messages,
                upsert(requests, request, EmployerRequest::id), monitoring, relationships);
    }

    /**
     * This situation with a relationship added, or replaced when one with the same id is there.
     *
     * @param relationship the relationship
     * @return a checked copy
     * @throws InvalidSituationException when the result is not a valid situation
     */
    public Situation withRelationship(Relationship relationship) {
        return new Situation(at, organization, people, contacts, accounts, connections, posts, messages, requests,
                monitoring, upsert(relationships, relationship, Relationship::id));
    }

    private static <T> List<T> upsert(List<T> values, T value, java.util.function.Function<T, String> id) {
        Checks.required("value", value);
        List<T> out = new ArrayList<>(values.size() + 1);
        boolean replaced = false;
        for (T existing : values) {
            if (!replaced && id.apply(existing).equals(id.apply(value))) {
                out.add(value);
                replaced = true;
            } else {
                out.add(existing);
            }
        }
        if (!replaced) {
            out.add(value);
        }
        return out;
    }

    /**
     * A builder for a situation judged at a moment.
     *
     * @param at the moment of judgement
     * @return a new builder
     */
    public static Builder builder(Instant at) {
        return new Builder(at);
    }

    /** Builds a {@link Situation}. */
    public static final class Builder {
        private Instant at;
        private Organization organization = Organization.DEFAULT;
        private final List<Person> people = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final List<EmployerRequest> requests = new ArrayList<>();
        private final List<Monitoring> monitoring = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();

        private Builder(Instant at) {
            this.at = at;
        }

        /**
         * Sets the moment of judgement.
         *
         * @param value the moment
         * @return this builder
         */
        public Builder at(Instant value) {
            this.at = value;
            return this;
        }

        /**
         * Sets the organisation.
         *
         * @param value the organisation
         * @return this builder
         */
        public Builder organization(Organization value) {
            this.organization = value;
            return this;
        }

        /**
         * Adds people.
         *
         * @param values people
         * @return this builder
         */
        public Builder people(Person... values) {
            this.people.addAll(List.of(values));
            return this;
        }

        /**
         * Adds people.
         *
         * @param values people
         * @return this builder
         */
        public Builder people(Collection<? extends Person> values) {
            this.people.addAll(values);
            return this;
        }

        /**
         * Adds contacts.
         *
         * @param values contacts
         * @return this builder
         */
        public Builder contacts(Contact... values) {
            this.contacts.addAll(List.of(values));
            return this;
        }

        /**
         * Adds contacts.
         *
         * @param values contacts
         * @return this builder
         */
        public Builder contacts(Collection<? extends Contact> values) {
            this.contacts.addAll(values);
            return this;
        }

        /**
         * Adds accounts.
         *
         * @param values accounts
         * @return this builder
         */
        public Builder accounts(Account... values) {
            this.accounts.addAll(List.of(values));
            return this;
        }

        /**
         * Adds accounts.
         *
         * @param values accounts
         * @return this builder
         */
        public Builder accounts(Collection<? extends Account> values) {
            this.accounts.addAll(values);
            return this;
        }

        /**
         * Adds connections.
         *
         * @param values connections
         * @return this builder
         */
        public Builder connections(Connection... values) {
            this.connections.addAll(List.of(values));
            return this;
        }

        /**
         * Adds connections.
         *
         * @param values connections
         * @return this builder
         */
        public Builder connections(Collection<? extends Connection> values) {
            this.connections.addAll(values);
            return this;
        }

        /**
         * Adds posts.
         *
         * @param values posts
         * @return this builder
         */
        public Builder posts(Post... values) {
            this.posts.addAll(List.of(values));
            return this;
        }

        /**
         * Adds posts.
         *
         * @param values posts
         * @return this builder
         */
        public Builder posts(Collection<? extends Post> values) {
            this.posts.addAll(values);
            return this;
        }

        /**
         * Adds messages.
         *
         * @param values messages
         * @return this builder
         */
        public Builder messages(Message... values) {
            this.messages.addAll(List.of(values));
            return this;
        }

        /**
         * Adds messages.
         *
         * @param values messages
         * @return this builder
         */
        public Builder messages(Collection<? extends Message> values) {
            this.messages.addAll(values);
            return this;
        }

        /**
         * Adds employer requests.
         *
         * @param values requests
         * @return this builder
         */
        public Builder requests(EmployerRequest... values) {
            this.requests.addAll(List.of(values));
            return this;
        }

        /**
         * Adds employer requests.
         *
         * @param values employer requests
         * @return this builder
         */
        public Builder requests(Collection<? extends EmployerRequest> values) {
            this.requests.addAll(values);
            return this;
        }

        /**
         * Adds monitoring.
         *
         * @param values monitoring
         * @return this builder
         */
        public Builder monitoring(Monitoring... values) {
            this.monitoring.addAll(List.of(values));
            return this;
        }

        /**
         * Adds monitoring.
         *
         * @param values monitoring
         * @return this builder
         */
        public Builder monitoring(Collection<? extends Monitoring> values) {
            this.monitoring.addAll(values);
            return this;
        }

        /**
         * Adds relationships between accounts.
         *
         * @param values relationships
         * @return this builder
         */
        public Builder relationships(Relationship... values) {
            this.relationships.addAll(List.of(values));
            return this;
        }

        /**
         * Adds relationships between accounts.
         *
         * @param values relationships
         * @return this builder
         */
        public Builder relationships(Collection<? extends Relationship> values) {
            this.relationships.addAll(values);
            return this;
        }

        /**
         * Builds the situation.
         *
         * @return the situation
         * @throws InvalidSituationException listing every problem
         */
        public Situation build() {
            return new Situation(at, organization, people, contacts, accounts, connections, posts, messages, requests,
                    monitoring, relationships);
        }
    }

    /** Collects duplicate ids and dangling references, with their field paths. */
    private static final class Checker {
        private final List<Problem> problems;
        private final Map<String, String> firstUse = new HashMap<>();
        private final Map<String, Kind> kinds = new HashMap<>();

        private enum Kind { PERSON, CONTACT, ACCOUNT, POST, OTHER }

        private final Map<String, Integer> personIndex = new HashMap<>();

        Checker(List<Problem> problems) {
            this.problems = problems;
        }

        void check(List<Person> people, List<Contact> contacts, List<Account> accounts, List<Connection> connections,
                List<Post> posts, List<Message> messages, List<EmployerRequest> requests, List<Monitoring> monitoring,
                List<Relationship> relationships) {
            for (int i = 0; i < people.size(); i++) {
                declare("people[" + i + "].id", people.get(i).id(), Kind.PERSON);
                personIndex.putIfAbsent(people.get(i).id(), i);
            }
            for (int i = 0; i < contacts.size(); i++) {
                declare("contacts[" + i + "].id", contacts.get(i).id(), Kind.CONTACT);
            }
            for (int i = 0; i < accounts.size(); i++) {
                declare("accounts[" + i + "].id", accounts.get(i).id(), Kind.ACCOUNT);
            }
            for (int i = 0; i < posts.size(); i++) {
                declare("posts[" + i + "].id", posts.get(i).id(), Kind.POST);
            }
            for (int i = 0; i < messages.size(); i++) {
                declare("messages[" + i + "].id", messages.get(i).id(), Kind.OTHER);
            }
            for (int i = 0; i < requests.size(); i++) {
                declare("requests[" + i + "].id", requests.get(i).id(), Kind.OTHER);
            }
            for (int i = 0; i < monitoring.size(); i++) {
                declare("monitoring[" + i + "].id", monitoring.get(i).id(), Kind.OTHER);
            }
            for (int i = 0; i < relationships.size(); i++) {
                declare("relationships[" + i + "].id", relationships.get(i).id(), Kind.OTHER);
            }

            for (int i = 0; i < people.size(); i++) {
                refer("people[" + i + "].reportsTo", people.get(i).reportsTo(), Kind.PERSON);
            }
            reportingCycles(people);

            for (int i = 0; i < accounts.size(); i++) {
                Account a = accounts.get(i);
                String at = "accounts[" + i + "]";
                refer(at + ".owner", a.owner(), Kind.PERSON);
                referAll(at + ".credentialHolders", a.credentialHolders(), Kind.PERSON);
                referAll(at + ".formerCredentialHolders", a.formerCredentialHolders(), Kind.PERSON);
            }
            for (int i = 0; i < connections.size(); i++) {
                Connection c = connections.get(i);
                refer("connections[" + i + "].account", c.account(), Kind.ACCOUNT);
                refer("connections[" + i + "].contact", c.contact(), Kind.CONTACT);
            }
            for (int i = 0; i < posts.size(); i++) {
                Post p = posts.get(i);
                String at = "posts[" + i + "]";
                refer(at + ".author", p.author(), Kind.PERSON);
                refer(at + ".account", p.account(), Kind.ACCOUNT);
                referAll(at + ".mentions", p.mentions(), Kind.CONTACT, Kind.PERSON);
                refer(at + ".resharedFrom", p.resharedFrom(), Kind.POST);
            }
            for (int i = 0; i < messages.size(); i++) {
                Message m = messages.get(i);
                String at = "messages[" + i + "]";
                refer(at + ".from", m.from(), Kind.PERSON);
                refer(at + ".account", m.account(), Kind.ACCOUNT);
                refer(at + ".to", m.to(), Kind.CONTACT, Kind.PERSON);
            }
            for (int i = 0; i < requests.size(); i++) {
                EmployerRequest r = requests.get(i);
                refer("requests[" + i + "].from", r.from(), Kind.PERSON);
                referAll("requests[" + i + "].to", r.to(), Kind.PERSON);
            }
            for (int i = 0; i < monitoring.size(); i++) {
                refer("monitoring[" + i + "].target", monitoring.get(i).target(), Kind.PERSON);
            }
            for (int i = 0; i < relationships.size(); i++) {
                refer("relationships[" + i + "].from", relationships.get(i).from(), Kind.ACCOUNT);
                refer("relationships[" + i + "].to", relationships.get(i).to(), Kind.ACCOUNT);
            }
        }

        /** Reports each cycle of reporting lines once, at the first person of the cycle in situation order. */
        private void reportingCycles(List<Person> people) {
            Map<String, String> managerOf = new HashMap<>();
            for (Person p : people) {
                if (p.reportsTo() != null) {
                    managerOf.put(p.id(), p.reportsTo());
                }
            }
            java.util.Set<String> done = new java.util.HashSet<>();
            for (Person start : people) {
                Map<String, Integer> seen = new LinkedHashMap<>();
                String current = start.id();
                while (current != null && !done.contains(current) && !seen.containsKey(current)) {
                    seen.put(current, seen.size());
                    current = managerOf.get(current);
                }
                if (current != null && seen.containsKey(current)) {
                    List<String> line = new ArrayList<>(seen.keySet()).subList(seen.get(current), seen.size());
                    String first = line.stream().min(java.util.Comparator.comparing(personIndex::get)).orElseThrow();
                    int at = line.indexOf(first);
                    List<String> cycle = new ArrayList<>(line.subList(at, line.size()));
                    cycle.addAll(line.subList(0, at));
                    cycle.add(first);
                    problems.add(new Problem("people[" + personIndex.get(first) + "].reportsTo",
                            "reporting line forms a cycle: " + String.join(" -> ", cycle.stream().map(Checks::quote).toList())));
                }
                done.addAll(seen.keySet());
            }
        }

        private void declare(String path, String id, Kind kind) {
            String earlier = firstUse.putIfAbsent(id, path);
            if (earlier != null) {
                problems.add(new Problem(path, "duplicate id " + Checks.quote(id) + ", already used at " + earlier));
            } else {
                kinds.put(id, kind);
            }
        }

        private void referAll(String path, Set<String> ids, Kind... kinds) {
            int i = 0;
            for (String id : ids) {
                refer(path + "[" + i + "]", id, kinds);
                i++;
            }
        }

        private void refer(String path, String id, Kind... expected) {
            if (id == null) {
                return;
            }
            Kind actual = kinds.get(id);
            for (Kind kind : expected) {
                if (kind == actual) {
                    return;
                }
            }
            String wanted = expected.length == 1 ? noun(expected[0]) : noun(expected[0]) + " or " + noun(expected[1]);
            problems.add(new Problem(path, actual == null
                    ? "names no " + wanted + ": " + Checks.quote(id)
                    : Checks.quote(id) + " is " + article(noun(actual)) + ", expected " + article(wanted)));
        }

        private static String article(String noun) {
            return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
        }

        private static String noun(Kind kind) {
            return switch (kind) {
                case PERSON -> "person";
                case CONTACT -> "contact";
                case ACCOUNT -> "account";
                case POST -> "post";
                case OTHER -> "message, request, monitoring or relationship";
            };
        }
    }

    /** The moment and the counts only: a situation's content never reaches a log line. */
    @Override
    public String toString() {
        return "Situation[at=" + at + ", people=" + people.size() + ", accounts=" + accounts.size() + ", connections="
                + connections.size() + ", posts=" + posts.size() + ", messages=" + messages.size() + ", requests="
                + requests.size() + ", monitoring=" + monitoring.size() + ", relationships=" + relationships.size() + "]";
    }
}
