package dev.fineline.model;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A photo, video or other item attached to a post.
 *
 * @param type the kind of item
 * @param tags what it shows
 * @param room the room it was taken in, or null (POST-3)
 */
public record Media(MediaType type, Set<ContentTag> tags, String room) {

    /** Validates and copies. */
    public Media {
        type = type == null ? MediaType.PHOTO : type;
        tags = Checks.enums("media.tags", ContentTag.class, tags);
        room = Checks.optionalId("media.room", room);
    }

    /**
     * A photo.
     *
     * @param room the room it was taken in, or null
     * @param tags what it shows
     * @return the media item
     */
    public static Media photo(String room, ContentTag... tags) {
        return new Media(MediaType.PHOTO, Set.copyOf(List.of(tags)), room);
    }

    /**
     * An item of a type with tags.
     *
     * @param type the type
     * @param tags what it shows
     * @return the media item
     */
    public static Media of(MediaType type, Collection<ContentTag> tags) {
        return new Media(type, tags == null ? null : Set.copyOf(tags), null);
    }
}
