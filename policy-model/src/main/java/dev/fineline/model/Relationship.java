package dev.fineline.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A link between two accounts, normally two people's personal accounts: a connection, a follow, or a
 * friend or connection request. {@code from} is always the account that acted (asked, followed).
 *
 * @param id          unique id; when absent, {@code kind:from->to} such as {@code request:a-boss-fb->a-kari-fb}
 * @param kind        connection, follow or request
 * @param from        the account that asked or follows
 * @param to          the account asked or followed
 * @param requestedAt when it was asked or started, or null when unknown
 * @param accepted    the other side accepted; false means pending
 */
public record Relationship(String id, RelationshipKind kind, String from, String to, Instant requestedAt,
        boolean accepted) {

    /** Validates and fills the default id. */
    public Relationship {
        Checks.required("relationship.kind", kind);
        Checks.id("relationship.from", from);
        Checks.id("relationship.to", to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("relationship.to: an account cannot link to itself, was " + Checks.quote(to));
        }
        id = id == null ? defaultId(kind, from, to) : Checks.id("relationship.id", id);
    }

    /**
     * The id a relationship gets when none is given.
     *
     * @param kind the kind
     * @param from the acting account
     * @param to   the other account
     * @return such as {@code follow:a-boss-ig->a-kari-ig}
     */
    public static String defaultId(RelationshipKind kind, String from, String to) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + from + "->" + to;
    }

    /**
     * An accepted connection: {@code from} asked, {@code to} accepted.
     *
     * @param from the account that asked
     * @param to   the account that accepted
     * @return the relationship, with the default id
     */
    public static Relationship connection(String from, String to) {
        return new Relationship(null, RelationshipKind.CONNECTION, from, to, null, true);
    }

    /**
     * An accepted follow.
     *
     * @param from the follower
     * @param to   the account followed
     * @return the relationship, with the default id
     */
    public static Relationship follow(String from, String to) {
        return new Relationship(null, RelationshipKind.FOLLOW, from, to, null, true);
    }

    /**
     * A pending friend or connection request.
     *
     * @param from        the account that asked
     * @param to          the account asked
     * @param requestedAt when, or null when unknown
     * @return the relationship, with the default id
     */
    public static Relationship request(String from, String to, Instant requestedAt) {
        return new Relationship(null, RelationshipKind.REQUEST, from, to, requestedAt, false);
    }

    /**
     * Tells whether the other side has not accepted yet.
     *
     * @return true while pending
     */
    public boolean isPending() {
        return !accepted;
    }

    /**
     * This relationship once accepted.
     *
     * @return a copy with {@code accepted} set
     */
    public Relationship withAccepted() {
        return new Relationship(id, kind, from, to, requestedAt, true);
    }

    /**
     * How explanations name it, such as {@code friend request `request:a-1->a-2`}.
     *
     * @return the label
     */
    public String label() {
        String what = switch (kind) {
            case CONNECTION -> "connection";
            case FOLLOW -> "follow";
            case REQUEST -> "friend or connection request";
        };
        return (accepted || kind == RelationshipKind.CONNECTION ? "" : "pending ") + what + " `" + id + "`";
    }
}
