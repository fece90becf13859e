package dev.fineline.model;

import java.util.Locale;

/**
 * Someone outside the organisation it does business with.
 *
 * @param id   unique id
 * @param name the name, for people to read
 * @param kind the relationship (default {@code CLIENT})
 */
public record Contact(String id, String name, ContactKind kind) {

    /** Validates the id and fills defaults. */
    public Contact {
        Checks.id("contact.id", id);
        name = Checks.text(name);
        kind = kind == null ? ContactKind.CLIENT : kind;
    }

    /**
     * A contact with a name.
     *
     * @param id   unique id
     * @param name the name
     * @param kind the relationship
     * @return the contact
     */
    public static Contact of(String id, String name, ContactKind kind) {
        return new Contact(id, name, kind);
    }

    /**
     * How explanations name this contact: its relationship and id, such as {@code client `c-nordbank`}.
     *
     * @return the label
     */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT) + " `" + id + "`";
    }

    /** Ids and kinds only: a contact's name never reaches a log line or an exception message. */
    @Override
    public String toString() {
        return "Contact[id=" + id + ", kind=" + kind + "]";
    }
}
