package dev.fineline.model;

/** Who signed off a post before it went out. */
public enum Approval {
    /** Management approved it. */
    MANAGEMENT,
    /** The legal function approved it. */
    LEGAL,
    /** A registered principal pre-approved it (finance). */
    PRINCIPAL
}
