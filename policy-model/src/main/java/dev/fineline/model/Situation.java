package dev.fineline.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
 */
public record Situation(Instant at, Organization organization, List<Person> people, List<Contact> contacts,
        List<Account> accounts, List<Connection> connections, List<Post> posts, List<Message> messages,
        List<EmployerRequest> requests, List<Monitoring> monitoring) {

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
        if (!problems.isEmpty()) {
            throw new InvalidSituationException(problems);
        }
        people = withDefaultJurisdiction(people, organization.jurisdiction());
        posts = posts.stream().map(p -> p.postedAt() == null ? p.withPostedAt(at) : p).toList();
        messages = messages.stream().map(m -> m.sentAt() == null ? m.withSentAt(at) : m).toList();
        new Checker(problems).check(people, contacts, accounts, connections, posts, messages, requests, monitoring);
        if (!problems.isEmpty()) {
            throw new InvalidSituationException(problems);
        }
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
        private final Instant at;
        private Organization organization = Organization.DEFAULT;
        private final List<Person> people = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final List<EmployerRequest> requests = new ArrayList<>();
        private final List<Monitoring> monitoring = new ArrayList<>();

        private Builder(Instant at) {
            this.at = at;
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
         * Builds the situation.
         *
         * @return the situation
         * @throws InvalidSituationException listing every problem
         */
        public Situation build() {
            return new Situation(at, organization, people, contacts, accounts, connections, posts, messages, requests,
                    monitoring);
        }
    }

    /** Collects duplicate ids and dangling references, with their field paths. */
    private static final class Checker {
        private final List<Problem> problems;
        private final Map<String, String> firstUse = new HashMap<>();
        private final Map<String, Kind> kinds = new HashMap<>();

        private enum Kind { PERSON, CONTACT, ACCOUNT, POST, OTHER }

        Checker(List<Problem> problems) {
            this.problems = problems;
        }

        void check(List<Person> people, List<Contact> contacts, List<Account> accounts, List<Connection> connections,
                List<Post> posts, List<Message> messages, List<EmployerRequest> requests, List<Monitoring> monitoring) {
            for (int i = 0; i < people.size(); i++) {
                declare("people[" + i + "].id", people.get(i).id(), Kind.PERSON);
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
                referAll(at + ".mentions", p.mentions(), Kind.CONTACT);
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
        }

        private void declare(String path, String id, Kind kind) {
            String earlier = firstUse.putIfAbsent(id, path);
            if (earlier != null) {
                problems.add(new Problem(path, "duplicate id " + Checks.quote(id) + ", already used at " + earlier));
            } else {
                kinds.put(id, kind);
            }
        }

        private void referAll(String path, Set<String> ids, Kind kind) {
            int i = 0;
            for (String id : ids) {
                refer(path + "[" + i + "]", id, kind);
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
                case OTHER -> "message, request or monitoring";
            };
        }
    }

    /** The moment and the counts only: a situation's content never reaches a log line. */
    @Override
    public String toString() {
        return "Situation[at=" + at + ", people=" + people.size() + ", accounts=" + accounts.size() + ", connections="
                + connections.size() + ", posts=" + posts.size() + ", messages=" + messages.size() + ", requests="
                + requests.size() + ", monitoring=" + monitoring.size() + "]";
    }
}
