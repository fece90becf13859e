package dev.fineline.model;

/** Who an account belongs to. */
public enum AccountKind {
    /** Owned by one person, for their own use. */
    PERSONAL,
    /** Owned by the organisation. */
    CORPORATE
}
