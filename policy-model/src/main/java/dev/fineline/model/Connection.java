package dev.fineline.model;

import java.time.LocalDate;

/**
 * An account connected with (following, friends with) a business contact.
 *
 * @param account                  the account's id
 * @param contact                  the contact's id
 * @param since                    the day they connected, or null when unknown
 * @param disconnectionRequestedOn the day the organisation asked for disconnection, or null (CONN-2)
 */
public record Connection(String account, String contact, LocalDate since, LocalDate disconnectionRequestedOn) {

    /** Validates the references. */
    public Connection {
        Checks.id("connection.account", account);
        Checks.id("connection.contact", contact);
    }

    /**
     * A connection with no dates.
     *
     * @param account the account's id
     * @param contact the contact's id
     * @return the connection
     */
    public static Connection of(String account, String contact) {
        return new Connection(account, contact, null, null);
    }

    /**
     * This connection after the organisation asked for it to end.
     *
     * @param day the day of the request
     * @return a copy with the request day set
     */
    public Connection withDisconnectionRequestedOn(LocalDate day) {
        return new Connection(account, contact, since, day);
    }
}
