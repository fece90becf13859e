package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Message;
import dev.fineline.model.Monitoring;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Relationship;
import dev.fineline.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out the {@link Involved} ids of a finding from the facts of the match that made it. The index of
 * the situation's ids (for the type of an id such as a message's recipient, and the owner of an account)
 * is built on the first finding only, so a decision without findings pays nothing.
 */
final class InvolvedIds {

    /** The kinds of record an id can name. */
    enum Type { PERSON, ACCOUNT, CONTACT, POST, MESSAGE, REQUEST, MONITORING, RELATIONSHIP }

    private final Situation situation;
    private Map<String, Type> types;
    private Map<String, String> owners;
    private java.util.function.Function<String, Type> typeOf;
    private java.util.function.Function<String, String> ownerOf;

    InvolvedIds(Situation situation) {
        this.situation = situation;
    }

    /**
     * Ids typed by look-ups of their own, for a holder of records that changes (a resident organisation).
     *
     * @param typeOf  the kind of record an id names, or null when it names none
     * @param ownerOf the owner of an account, or null
     */
    InvolvedIds(java.util.function.Function<String, Type> typeOf, java.util.function.Function<String, String> ownerOf) {
        this.situation = null;
        this.typeOf = typeOf;
        this.ownerOf = ownerOf;
    }

    /**
     * The ids the facts of a match involve, with the finding's subject.
     *
     * @param facts   the match's facts; records of other types are ignored
     * @param subject the finding's subject
     * @return the involved ids
     */
    Involved of(Collection<?> facts, String subject) {
        index();
        Ids ids = new Ids();
        for (Object fact : facts) {
            if (fact instanceof Person p) {
                ids.people.add(p.id());
            } else if (fact instanceof Account a) {
                ids.accounts.add(a.id());
            } else if (fact instanceof Contact c) {
                ids.contacts.add(c.id());
            } else if (fact instanceof Post p) {
                ids.posts.add(p.id());
                ids.people.add(p.author());
                ids.accounts.add(p.account());
                p.mentions().forEach(ids::typed);
                if (p.resharedFrom() != null) {
                    ids.posts.add(p.resharedFrom());
                }
            } else if (fact instanceof Message m) {
                ids.messages.add(m.id());
                ids.people.add(m.from());
                ids.accounts.add(m.account());
                ids.typed(m.to());
            } else if (fact instanceof EmployerRequest r) {
                ids.requests.add(r.id());
                if (r.from() != null) {
                    ids.people.add(r.from());
                }
                ids.people.addAll(r.to());
            } else if (fact instanceof Monitoring m) {
                ids.monitoring.add(m.id());
                if (m.target() != null) {
                    ids.people.add(m.target());
                }
            } else if (fact instanceof Connection c) {
                ids.accounts.add(c.account());
                ids.contacts.add(c.contact());
            } else if (fact instanceof Relationship r) {
                ids.relationships.add(r.id());
                ids.accounts.add(r.from());
                ids.accounts.add(r.to());
            }
        }
        ids.typed(subject);
        for (String account : new ArrayList<>(ids.accounts)) {
            String owner = ownerOf.apply(account);
            if (owner != null) {
                ids.people.add(owner);
            }
        }
        return new Involved(ids.people, ids.accounts, ids.contacts, ids.posts, ids.messages, ids.requests, ids.monitoring,
                ids.relationships);
    }

    private void index() {
        if (typeOf != null) {
            return;
        }
        types = new HashMap<>();
        owners = new HashMap<>();
        typeOf = types::get;
        ownerOf = owners::get;
        situation.people().forEach(x -> types.put(x.id(), Type.PERSON));
        situation.contacts().forEach(x -> types.put(x.id(), Type.CONTACT));
        for (Account a : situation.accounts()) {
            types.put(a.id(), Type.ACCOUNT);
            if (a.owner() != null) {
                owners.put(a.id(), a.owner());
            }
        }
        situation.posts().forEach(x -> types.put(x.id(), Type.POST));
        situation.messages().forEach(x -> types.put(x.id(), Type.MESSAGE));
        situation.requests().forEach(x -> types.put(x.id(), Type.REQUEST));
        situation.monitoring().forEach(x -> types.put(x.id(), Type.MONITORING));
        situation.relationships().forEach(x -> types.put(x.id(), Type.RELATIONSHIP));
    }

    /** The sets being filled for one finding. */
    private final class Ids {
        final Set<String> people = new HashSet<>();
        final Set<String> accounts = new HashSet<>();
        final Set<String> contacts = new HashSet<>();
        final Set<String> posts = new HashSet<>();
        final Set<String> messages = new HashSet<>();
        final Set<String> requests = new HashSet<>();
        final Set<String> monitoring = new HashSet<>();
        final Set<String> relationships = new HashSet<>();

        /** Adds an id to the set of its type; an id the situation does not hold (such as {@code organization}) is left out. */
        void typed(String id) {
            Type type = id == null ? null : typeOf.apply(id);
            if (type == null) {
                return;
            }
            switch (type) {
                case PERSON -> people.add(id);
                case ACCOUNT -> accounts.add(id);
                case CONTACT -> contacts.add(id);
                case POST -> posts.add(id);
                case MESSAGE -> messages.add(id);
                case REQUEST -> requests.add(id);
                case MONITORING -> monitoring.add(id);
                case RELATIONSHIP -> relationships.add(id);
                default -> throw new IllegalStateException("unknown type " + type);
            }
        }
    }

    /** For tests: the ids a fact list involves, against a situation. */
    static Involved of(Situation situation, List<?> facts, String subject) {
        return new InvolvedIds(situation).of(facts, subject);
    }
}
