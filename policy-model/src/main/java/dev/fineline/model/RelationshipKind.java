package dev.fineline.model;

/** How one account is linked to another. */
public enum RelationshipKind {
    /** A mutual link (friends, connected); {@code from} is the account that asked. */
    CONNECTION,
    /** A one-way follow of {@code to} by {@code from}; pending while a private account has not let it in. */
    FOLLOW,
    /** A friend or connection request from {@code from} to {@code to}; pending until accepted. */
    REQUEST
}
