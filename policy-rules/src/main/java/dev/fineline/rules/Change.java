package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.Message;
import dev.fineline.model.Person;
import dev.fineline.model.Post;
import dev.fineline.model.Relationship;
import dev.fineline.model.PostStatus;
import java.time.LocalDate;

/**
 * Something that happened in an organisation held by an {@link OrgSession}: each change names the few
 * records it touches, and the session updates only those. Build changes with the static factories, such
 * as {@code Change.postDrafted(post)} or {@code Change.personDeparted("p-ola", day)}.
 *
 * <p>A change that names a record the session does not hold, or adds one whose id is taken, is refused
 * with an {@link IllegalArgumentException} before anything is touched; the session stays as it was.
 */
public sealed interface Change {

    /**
     * A post written but not published, added or replacing the post with the same id; judged as if
     * published (the pre-publish check).
     *
     * @param post the post, its status set to {@code DRAFT}
     * @return the change
     */
    static Change postDrafted(Post post) {
        return new PostDrafted(withStatus(post, PostStatus.DRAFT));
    }

    /**
     * A post published, added or replacing the post with the same id (a published draft).
     *
     * @param post the post, its status set to {@code PUBLISHED}
     * @return the change
     */
    static Change postPublished(Post post) {
        return new PostPublished(withStatus(post, PostStatus.PUBLISHED));
    }

    /**
     * A published post deleted: it stays, judged as published (POST-14).
     *
     * @param postId the post's id
     * @return the change
     */
    static Change postDeleted(String postId) {
        return new PostDeleted(postId);
    }

    /**
     * A draft thrown away before it was published: the post goes, with its findings.
     *
     * @param postId the draft's id
     * @return the change
     */
    static Change draftDiscarded(String postId) {
        return new DraftDiscarded(postId);
    }

    /**
     * A direct message sent.
     *
     * @param message the message; without a time it was sent at the session's clock
     * @return the change
     */
    static Change messageSent(Message message) {
        return new MessageSent(message);
    }

    /**
     * Someone joining the organisation.
     *
     * @param person the person; without a jurisdiction, the organisation's
     * @return the change
     */
    static Change personJoined(Person person) {
        return new PersonJoined(person);
    }

    /**
     * A person's record replaced, such as a new engagement, a promotion or an acknowledged policy.
     *
     * @param person the person's new record, with the id of one the session holds
     * @return the change
     */
    static Change personUpdated(Person person) {
        return new PersonUpdated(person);
    }

    /**
     * A person leaving the organisation.
     *
     * @param personId the person's id
     * @param on       the day they left, or null when unknown
     * @return the change
     */
    static Change personDeparted(String personId, LocalDate on) {
        return new PersonDeparted(personId, on);
    }

    /**
     * An account opened: a person's own or a corporate one.
     *
     * @param account the account
     * @return the change
     */
    static Change accountOpened(Account account) {
        return new AccountOpened(account);
    }

    /**
     * A corporate account's password changed.
     *
     * @param accountId the account's id
     * @param on        the day of the change
     * @return the change
     */
    static Change passwordChanged(String accountId, LocalDate on) {
        return new PasswordChanged(accountId, on);
    }

    /**
     * A credential holder's access to a corporate account revoked: they become a former holder.
     *
     * @param accountId the account's id
     * @param personId  the holder's id
     * @return the change
     */
    static Change accessRevoked(String accountId, String personId) {
        return new AccessRevoked(accountId, personId);
    }

    /**
     * A business contact the organisation deals with.
     *
     * @param contact the contact
     * @return the change
     */
    static Change contactAdded(Contact contact) {
        return new ContactAdded(contact);
    }

    /**
     * An account connected with a contact.
     *
     * @param connection the connection; an account and a contact are connected at most once
     * @return the change
     */
    static Change connected(Connection connection) {
        return new Connected(connection);
    }

    /**
     * The organisation asked for a connection to end (CONN-2's deadline counts from this day).
     *
     * @param accountId the account's id
     * @param contactId the contact's id
     * @param on        the day of the request
     * @return the change
     */
    static Change disconnectionRequested(String accountId, String contactId, LocalDate on) {
        return new DisconnectionRequested(accountId, contactId, on);
    }

    /**
     * A connection ended.
     *
     * @param accountId the account's id
     * @param contactId the contact's id
     * @return the change
     */
    static Change disconnected(String accountId, String contactId) {
        return new Disconnected(accountId, contactId);
    }

    /**
     * A connection, follow or friend or connection request between two accounts began (MON-2 reads them).
     *
     * @param relationship the relationship, with accounts the session holds and an id it does not
     * @return the change
     */
    static Change related(Relationship relationship) {
        return new Related(relationship);
    }

    /**
     * A pending follow or friend or connection request was accepted.
     *
     * @param relationshipId the relationship's id
     * @return the change
     */
    static Change relationshipAccepted(String relationshipId) {
        return new RelationshipAccepted(relationshipId);
    }

    /**
     * A relationship ended: unfollowed, disconnected, or the request withdrawn or declined.
     *
     * @param relationshipId the relationship's id
     * @return the change
     */
    static Change relationshipEnded(String relationshipId) {
        return new RelationshipEnded(relationshipId);
    }

    private static void required(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": is required");
        }
    }

    private static Post withStatus(Post post, PostStatus status) {
        required(post, "post");
        return post.status() == status ? post : new Post(post.id(), post.author(), post.account(), post.text(), post.tags(),
                post.mentions(), post.media(), post.postedAt(), status, post.approvals(), post.disclosesEmployment(),
                post.resharedFrom());
    }

    /**
     * A draft added or replaced.
     *
     * @param post the draft
     */
    record PostDrafted(Post post) implements Change {
        /** Validates. */
        public PostDrafted {
            Change.required(post, "post");
        }
    }

    /**
     * A post published, added or replaced.
     *
     * @param post the post
     */
    record PostPublished(Post post) implements Change {
        /** Validates. */
        public PostPublished {
            Change.required(post, "post");
        }
    }

    /**
     * A published post deleted.
     *
     * @param postId the post's id
     */
    record PostDeleted(String postId) implements Change {
        /** Validates. */
        public PostDeleted {
            Change.required(postId, "postId");
        }
    }

    /**
     * A draft thrown away.
     *
     * @param postId the draft's id
     */
    record DraftDiscarded(String postId) implements Change {
        /** Validates. */
        public DraftDiscarded {
            Change.required(postId, "postId");
        }
    }

    /**
     * A message sent.
     *
     * @param message the message
     */
    record MessageSent(Message message) implements Change {
        /** Validates. */
        public MessageSent {
            Change.required(message, "message");
        }
    }

    /**
     * A person joined.
     *
     * @param person the person
     */
    record PersonJoined(Person person) implements Change {
        /** Validates. */
        public PersonJoined {
            Change.required(person, "person");
        }
    }

    /**
     * A person's record replaced.
     *
     * @param person the new record
     */
    record PersonUpdated(Person person) implements Change {
        /** Validates. */
        public PersonUpdated {
            Change.required(person, "person");
        }
    }

    /**
     * A person left.
     *
     * @param personId the person's id
     * @param on       the day, or null when unknown
     */
    record PersonDeparted(String personId, LocalDate on) implements Change {
        /** Validates. */
        public PersonDeparted {
            Change.required(personId, "personId");
        }
    }

    /**
     * An account opened.
     *
     * @param account the account
     */
    record AccountOpened(Account account) implements Change {
        /** Validates. */
        public AccountOpened {
            Change.required(account, "account");
        }
    }

    /**
     * A corporate account's password changed.
     *
     * @param accountId the account's id
     * @param on        the day
     */
    record PasswordChanged(String accountId, LocalDate on) implements Change {
        /** Validates. */
        public PasswordChanged {
            Change.required(accountId, "accountId");
            Change.required(on, "on");
        }
    }

    /**
     * A holder's access revoked.
     *
     * @param accountId the account's id
     * @param personId  the holder's id
     */
    record AccessRevoked(String accountId, String personId) implements Change {
        /** Validates. */
        public AccessRevoked {
            Change.required(accountId, "accountId");
            Change.required(personId, "personId");
        }
    }

    /**
     * A contact added.
     *
     * @param contact the contact
     */
    record ContactAdded(Contact contact) implements Change {
        /** Validates. */
        public ContactAdded {
            Change.required(contact, "contact");
        }
    }

    /**
     * An account connected with a contact.
     *
     * @param connection the connection
     */
    record Connected(Connection connection) implements Change {
        /** Validates. */
        public Connected {
            Change.required(connection, "connection");
        }
    }

    /**
     * A disconnection requested.
     *
     * @param accountId the account's id
     * @param contactId the contact's id
     * @param on        the day of the request
     */
    record DisconnectionRequested(String accountId, String contactId, LocalDate on) implements Change {
        /** Validates. */
        public DisconnectionRequested {
            Change.required(accountId, "accountId");
            Change.required(contactId, "contactId");
            Change.required(on, "on");
        }
    }

    /**
     * A connection ended.
     *
     * @param accountId the account's id
     * @param contactId the contact's id
     */
    record Disconnected(String accountId, String contactId) implements Change {
        /** Validates. */
        public Disconnected {
            Change.required(accountId, "accountId");
            Change.required(contactId, "contactId");
        }
    }

    /**
     * A relationship began.
     *
     * @param relationship the relationship
     */
    record Related(Relationship relationship) implements Change {
        /** Validates. */
        public Related {
            Change.required(relationship, "relationship");
        }
    }

    /**
     * A pending relationship accepted.
     *
     * @param relationshipId the relationship's id
     */
    record RelationshipAccepted(String relationshipId) implements Change {
        /** Validates. */
        public RelationshipAccepted {
            Change.required(relationshipId, "relationshipId");
        }
    }

    /**
     * A relationship ended.
     *
     * @param relationshipId the relationship's id
     */
    record RelationshipEnded(String relationshipId) implements Change {
        /** Validates. */
        public RelationshipEnded {
            Change.required(relationshipId, "relationshipId");
        }
    }
}
