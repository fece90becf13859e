/**
 * The Fineline domain model: immutable records for an organisation, its people, their personal and
 * corporate accounts, business contacts, connections, posts, messages, the employer's requests and
 * monitoring, reporting lines ({@code Person.reportsTo}) and the
 * {@link dev.fineline.model.Relationship}s between people's accounts, gathered in a
 * {@link dev.fineline.model.Situation} judged at one moment.
 *
 * <p>Every record validates itself on construction and names the field and the offending value in its
 * message; {@link dev.fineline.model.Situation} checks references and uniqueness across the whole and
 * reports every problem at once through {@link dev.fineline.model.InvalidSituationException}. The
 * enum values are those of the situation file format. Records with a builder have {@code toBuilder()}, and
 * a situation has {@code with…} methods for the common changes, so an application can keep one situation
 * per organisation and change it. This package depends on the JDK only.
 */
package dev.fineline.model;
