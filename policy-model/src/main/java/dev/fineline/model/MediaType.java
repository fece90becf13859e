package dev.fineline.model;

/** The kind of a media item attached to a post. */
public enum MediaType {
    /** A photo. */
    PHOTO,
    /** A video. */
    VIDEO,
    /** A sound recording. */
    AUDIO,
    /** A document or screenshot of one. */
    DOCUMENT,
    /** Anything else. */
    OTHER
}
