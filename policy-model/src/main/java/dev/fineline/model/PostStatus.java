package dev.fineline.model;

/** Where a post stands in its life. */
public enum PostStatus {
    /** Not yet published; judged as it would be if published now. */
    DRAFT,
    /** Published. */
    PUBLISHED,
    /** Published and then deleted; still judged as published. */
    DELETED
}
