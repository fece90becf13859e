package dev.fineline.model;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * @param text    what was written, read by the content analysis; empty when unknown; never logged
 * @param tags    what it contains, as the caller tagged it
 */
public record Message(String id, String from, String account, String to, Instant sentAt, String text,
        Set<ContentTag> tags) {

    /** Validates and copies. */
    public Message {
        Checks.id("message.id", id);
        Checks.id("message.from", from);
        Checks.id("message.account", account);
        Checks.id("message.to", to);
        text = Checks.text(text);
        tags = Checks.enums("message.tags", ContentTag.class, tags);
    }

    /**
     * A message without text.
     *
     * @param id      unique id
     * @param from    the sender's person id
     * @param account the account it was sent from
     * @param to      the contact or person it was sent to
     * @param sentAt  when it was sent; null means the moment of judgement
     * @param tags    what it contains
     */
    public Message(String id, String from, String account, String to, Instant sentAt, Set<ContentTag> tags) {
        this(id, from, account, to, sentAt, "", tags);
    }

    /**
     * A message with tags and no text.
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
        return new Message(id, from, account, to, sentAt, "", Set.copyOf(List.of(tags)));
    }

    /**
     * A builder for a message.
     *
     * @param id      unique id
     * @param from    the sender's person id
     * @param account the account it was sent from
     * @param to      the contact or person it was sent to
     * @return a new builder
     */
    public static Builder builder(String id, String from, String account, String to) {
        return new Builder(id, from, account, to);
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
        return new Message(id, from, account, to, moment, text, tags);
    }

    /**
     * This message with more tags, as when tags are derived from its text.
     *
     * @param extra the tags to add
     * @return a copy with the union of tags, or this message when nothing is new
     */
    public Message withAddedTags(Collection<ContentTag> extra) {
        if (tags.containsAll(extra)) {
            return this;
        }
        EnumSet<ContentTag> union = EnumSet.noneOf(ContentTag.class);
        union.addAll(tags);
        union.addAll(extra);
        return new Message(id, from, account, to, sentAt, text, union);
    }

    /** Builds a {@link Message}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private final String id;
        private final String from;
        private final String account;
        private final String to;
        private Instant sentAt;
        private String text = "";
        private Collection<ContentTag> tags = List.of();

        private Builder(String id, String from, String account, String to) {
            this.id = id;
            this.from = from;
            this.account = account;
            this.to = to;
        }

        /**
         * Sets when it was sent.
         *
         * @param value the moment (default: the moment of judgement)
         * @return this builder
         */
        public Builder sentAt(Instant value) {
            this.sentAt = value;
            return this;
        }

        /**
         * Sets what was written.
         *
         * @param value the text (default empty)
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Sets the content tags.
         *
         * @param value the tags
         * @return this builder
         */
        public Builder tags(ContentTag... value) {
            this.tags = List.of(value);
            return this;
        }

        /**
         * Sets the content tags.
         *
         * @param value the tags
         * @return this builder
         */
        public Builder tags(Collection<ContentTag> value) {
            this.tags = value;
            return this;
        }

        /**
         * Builds the message.
         *
         * @return the message
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public Message build() {
            return new Message(id, from, account, to, sentAt, text, tags == null ? null : new LinkedHashSet<>(tags));
        }
    }

    /** Ids and tags only: what a person wrote never reaches a log line or an exception message. */
    @Override
    public String toString() {
        return "Message[id=" + id + ", from=" + from + ", account=" + account + ", to=" + to + ", tags=" + tags + "]";
    }
}
