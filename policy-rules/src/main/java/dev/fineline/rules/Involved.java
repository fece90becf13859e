package dev.fineline.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ids a finding involves, by type. The engine derives them from the facts of the rule match that
 * made the finding, so custom rules get them without saying anything: each record the rule matched
 * gives its own id and the ids it names (a post its author, account and mentions; a message its sender,
 * account and recipient; a request who asked and who was asked; a monitoring its target; a connection
 * its account and contact; a relationship its two accounts), every account involved gives its owner, and
 * the finding's subject is added with its type.
 *
 * @param people        person ids
 * @param accounts      account ids
 * @param contacts      contact ids
 * @param posts         post ids
 * @param messages      message ids
 * @param requests      employer request ids
 * @param monitoring    monitoring ids
 * @param relationships relationship ids
 */
public record Involved(Set<String> people, Set<String> accounts, Set<String> contacts, Set<String> posts,
        Set<String> messages, Set<String> requests, Set<String> monitoring, Set<String> relationships) {

    /** Involves nothing. */
    public static final Involved NONE = new Involved(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of());

    /** Copies every set, sorted, so that equal findings compare equal and print alike. */
    public Involved {
        people = sorted(people);
        accounts = sorted(accounts);
        contacts = sorted(contacts);
        posts = sorted(posts);
        messages = sorted(messages);
        requests = sorted(requests);
        monitoring = sorted(monitoring);
        relationships = sorted(relationships);
    }

    private static Set<String> sorted(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    /**
     * Tells whether an id of any type is involved.
     *
     * @param id an id
     * @return true when involved
     */
    public boolean contains(String id) {
        return people.contains(id) || accounts.contains(id) || contacts.contains(id) || posts.contains(id)
                || messages.contains(id) || requests.contains(id) || monitoring.contains(id) || relationships.contains(id);
    }

    /**
     * Every involved id, people first, then accounts, contacts, posts, messages, requests, monitoring
     * and relationships.
     *
     * @return the ids, each once
     */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(people);
        all.addAll(accounts);
        all.addAll(contacts);
        all.addAll(posts);
        all.addAll(messages);
        all.addAll(requests);
        all.addAll(monitoring);
        all.addAll(relationships);
        return all;
    }

    /**
     * Tells whether nothing is involved.
     *
     * @return true for {@link #NONE}
     */
    public boolean isEmpty() {
        return people.isEmpty() && accounts.isEmpty() && contacts.isEmpty() && posts.isEmpty() && messages.isEmpty()
                && requests.isEmpty() && monitoring.isEmpty() && relationships.isEmpty();
    }
}
