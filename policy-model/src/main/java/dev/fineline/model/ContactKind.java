package dev.fineline.model;

/** The business relationship of an outside contact. */
public enum ContactKind {
    /** A client. */
    CLIENT,
    /** A prospective client. */
    PROSPECT,
    /** A business partner. */
    PARTNER,
    /** A supplier. */
    VENDOR
}
