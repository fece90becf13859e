package dev.fineline.model;

/** Who can see what an account posts. */
public enum Visibility {
    /** Anyone. */
    PUBLIC,
    /** Only the people the owner lets in. */
    PRIVATE
}
