package dev.fineline.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A direct conversation message from a person, sent from an account.
 *
 * @param id      unique id
 * @param from    the sender's person id
 * @param account the account it was sent from
 * @param to      the contact or person it was sent to
 * @param sentAt  when it was sent; null means the moment of judgement
 * @param tags    what it contains
 */
public record Message(String id, String from, String account, String to, Instant sentAt, Set<ContentTag> tags) {

    /** Validates and copies. */
    public Message {
        Checks.id("message.id", id);
        Checks.id("message.from", from);
        Checks.id("message.account", account);
        Checks.id("message.to", to);
        tags = Checks.enums("message.tags", ContentTag.class, tags);
    }

    /**
     * A message with tags.
     *
     * @param id      unique id
     * @param from    the sender
     * @param account the account used
     * @param to      the recipient
     * @param sentAt  when, or null for the moment of judgement
     * @param tags    what it contains
     * @return the message
     */
    public static Message of(String id, String from, String account, String to, Instant sentAt, ContentTag... tags) {
        return new Message(id, from, account, to, sentAt, Set.copyOf(List.of(tags)));
    }

    /**
     * Tells whether it carries a tag.
     *
     * @param tag the tag
     * @return true when present
     */
    public boolean hasTag(ContentTag tag) {
        return tags.contains(tag);
    }

    /**
     * Tells whether it carries one of the tags.
     *
     * @param candidates the tags looked for
     * @return true when one is present
     */
    public boolean hasAnyTag(Collection<ContentTag> candidates) {
        for (ContentTag tag : candidates) {
            if (tags.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * This message at another time.
     *
     * @param moment when it was sent
     * @return a copy with the time set
     */
    public Message withSentAt(Instant moment) {
        return new Message(id, from, account, to, moment, tags);
    }

    /** Ids and tags only. */
    @Override
    public String toString() {
        return "Message[id=" + id + ", from=" + from + ", account=" + account + ", to=" + to + ", tags=" + tags + "]";
    }
}
