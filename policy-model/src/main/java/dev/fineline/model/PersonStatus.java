package dev.fineline.model;

/** Whether a person still works for the organisation. */
public enum PersonStatus {
    /** Currently engaged. */
    ACTIVE,
    /** Left the organisation. */
    DEPARTED
}
