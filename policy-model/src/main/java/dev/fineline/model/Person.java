package dev.fineline.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Someone engaged by the organisation, now or before.
 *
 * @param id                       unique id
 * @param name                     the name, for people to read; never logged
 * @param engagement               how the person is engaged
 * @param salaried                 on a salary rather than paid by the hour or the job
 * @param supervisor               a manager or supervisor
 * @param roles                    free-form role names
 * @param jurisdiction             where the person works, or null for the organisation's
 * @param status                   active or departed
 * @param departedOn               the day the person left, or null when unknown or active
 * @param acknowledgedPolicy       has acknowledged the personal-use policy (CORP-6)
 * @param noClientConnectionClause the contract forbids connecting with clients (CONN-1)
 * @param reportsTo                the id of the person's manager, or null; the situation checks that it
 *                                 names a person and that reporting lines have no cycles
 */
public record Person(String id, String name, Engagement engagement, boolean salaried, boolean supervisor,
        Set<String> roles, Jurisdiction jurisdiction, PersonStatus status, LocalDate departedOn,
        boolean acknowledgedPolicy, boolean noClientConnectionClause, String reportsTo) {

    /** Validates and copies. */
    public Person {
        Checks.id("person.id", id);
        Checks.optionalId("person.reportsTo", reportsTo);
        name = Checks.text(name);
        Checks.required("person.engagement", engagement);
        roles = Checks.ids("person.roles", roles);
        Checks.required("person.status", status);
        if (departedOn != null && status != PersonStatus.DEPARTED) {
            throw new IllegalArgumentException("person.departedOn: only a DEPARTED person has a departure date, "
                    + "was " + Checks.quote(departedOn) + " for " + status + " person " + Checks.quote(id));
        }
    }

    /**
     * A person without a manager: the form before {@code reportsTo} existed.
     *
     * @param id                       unique id
     * @param name                     the name
     * @param engagement               how the person is engaged
     * @param salaried                 on a salary
     * @param supervisor               a manager or supervisor
     * @param roles                    free-form role names
     * @param jurisdiction             where the person works, or null
     * @param status                   active or departed
     * @param departedOn               the day the person left, or null
     * @param acknowledgedPolicy       has acknowledged the personal-use policy
     * @param noClientConnectionClause the contract forbids connecting with clients
     */
    public Person(String id, String name, Engagement engagement, boolean salaried, boolean supervisor,
            Set<String> roles, Jurisdiction jurisdiction, PersonStatus status, LocalDate departedOn,
            boolean acknowledgedPolicy, boolean noClientConnectionClause) {
        this(id, name, engagement, salaried, supervisor, roles, jurisdiction, status, departedOn, acknowledgedPolicy,
                noClientConnectionClause, null);
    }

    /**
     * Tells whether the person is covered by the NLRA section 7 softening: a non-supervisory
     * employee working in the United States.
     *
     * @return true for protected employees
     */
    public boolean isNlraProtected() {
        return engagement == Engagement.EMPLOYEE && !supervisor && jurisdiction != null && jurisdiction.isUnitedStates();
    }

    /**
     * Tells whether the person works in the United States.
     *
     * @return true for a known US jurisdiction
     */
    public boolean isInUnitedStates() {
        return jurisdiction != null && jurisdiction.isUnitedStates();
    }

    /**
     * Tells whether the person works in the European Economic Area (EU, Iceland, Liechtenstein, Norway).
     *
     * @return true for a known EU/EEA jurisdiction
     */
    public boolean isInEea() {
        return jurisdiction != null && jurisdiction.isEuropeanEconomicArea();
    }

    /**
     * Tells whether the person is salaried staff: an employee on a salary.
     *
     * @return true for salaried employees
     */
    public boolean isSalariedStaff() {
        return engagement == Engagement.EMPLOYEE && salaried;
    }

    /**
     * Tells whether the person has left.
     *
     * @return true when departed
     */
    public boolean isDeparted() {
        return status == PersonStatus.DEPARTED;
    }

    /**
     * How explanations name this person: engagement and id, such as {@code contractor `p-ola`}.
     *
     * @return the label
     */
    public String label() {
        String kind = engagement == Engagement.EMPLOYEE && !salaried ? "hourly employee" : engagement.label();
        return kind + " `" + id + "`";
    }

    /**
     * This person working in another jurisdiction.
     *
     * @param value the jurisdiction, or null
     * @return a copy with the jurisdiction replaced
     */
    public Person withJurisdiction(Jurisdiction value) {
        return new Person(id, name, engagement, salaried, supervisor, roles, value, status, departedOn,
                acknowledgedPolicy, noClientConnectionClause, reportsTo);
    }

    /**
     * This person after leaving on a day.
     *
     * @param day the day the person left, or null when unknown
     * @return a departed copy
     */
    public Person withDeparted(LocalDate day) {
        return new Person(id, name, engagement, salaried, supervisor, roles, jurisdiction, PersonStatus.DEPARTED, day,
                acknowledgedPolicy, noClientConnectionClause, reportsTo);
    }

    /**
     * This person reporting to another manager.
     *
     * @param manager the manager's person id, or null for none
     * @return a copy with the manager replaced
     */
    public Person withReportsTo(String manager) {
        return new Person(id, name, engagement, salaried, supervisor, roles, jurisdiction, status, departedOn,
                acknowledgedPolicy, noClientConnectionClause, manager);
    }

    /**
     * A builder that starts from this person, to change a few fields.
     *
     * @return a new builder holding every field of this person
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.name = name;
        b.engagement = engagement;
        b.salaried = salaried;
        b.supervisor = supervisor;
        b.roles = roles;
        b.jurisdiction = jurisdiction;
        b.status = status;
        b.departedOn = departedOn;
        b.acknowledgedPolicy = acknowledgedPolicy;
        b.noClientConnectionClause = noClientConnectionClause;
        b.reportsTo = reportsTo;
        return b;
    }

    /**
     * A builder for a person with the given id.
     *
     * @param id unique id
     * @return a new builder with the documented defaults
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Person}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private final String id;
        private String name = "";
        private Engagement engagement = Engagement.EMPLOYEE;
        private Boolean salaried;
        private boolean supervisor;
        private Collection<String> roles = List.of();
        private Jurisdiction jurisdiction;
        private PersonStatus status = PersonStatus.ACTIVE;
        private LocalDate departedOn;
        private boolean acknowledgedPolicy = true;
        private boolean noClientConnectionClause;
        private String reportsTo;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the engagement.
         *
         * @param value the engagement (default {@code EMPLOYEE})
         * @return this builder
         */
        public Builder engagement(Engagement value) {
            this.engagement = value;
            return this;
        }

        /**
         * Sets whether the person is salaried.
         *
         * @param value the flag (default: true for employees, false otherwise)
         * @return this builder
         */
        public Builder salaried(boolean value) {
            this.salaried = value;
            return this;
        }

        /**
         * Sets whether the person is a manager or supervisor.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder supervisor(boolean value) {
            this.supervisor = value;
            return this;
        }

        /**
         * Sets the role names.
         *
         * @param value role names
         * @return this builder
         */
        public Builder roles(Collection<String> value) {
            this.roles = value;
            return this;
        }

        /**
         * Sets the role names.
         *
         * @param value role names
         * @return this builder
         */
        public Builder roles(String... value) {
            this.roles = List.of(value);
            return this;
        }

        /**
         * Sets the person's manager.
         *
         * @param value the manager's person id, or null for none (default)
         * @return this builder
         */
        public Builder reportsTo(String value) {
            this.reportsTo = value;
            return this;
        }

        /**
         * Sets the work jurisdiction.
         *
         * @param code a code such as {@code US-CA}, or null for the organisation's
         * @return this builder
         */
        public Builder jurisdiction(String code) {
            this.jurisdiction = code == null ? null : Jurisdiction.of(code);
            return this;
        }

        /**
         * Marks the person as departed on a day.
         *
         * @param day the day the person left, or null when unknown
         * @return this builder
         */
        public Builder departedOn(LocalDate day) {
            this.status = PersonStatus.DEPARTED;
            this.departedOn = day;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status (default {@code ACTIVE})
         * @return this builder
         */
        public Builder status(PersonStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets whether the person has acknowledged the personal-use policy.
         *
         * @param value the flag (default true)
         * @return this builder
         */
        public Builder acknowledgedPolicy(boolean value) {
            this.acknowledgedPolicy = value;
            return this;
        }

        /**
         * Sets whether the contract forbids connecting with clients.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder noClientConnectionClause(boolean value) {
            this.noClientConnectionClause = value;
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public Person build() {
            Checks.required("person.engagement", engagement);
            boolean isSalaried = salaried != null ? salaried : engagement == Engagement.EMPLOYEE;
            return new Person(id, name, engagement, isSalaried, supervisor, roles == null ? null : new java.util.LinkedHashSet<>(roles),
                    jurisdiction, status, departedOn, acknowledgedPolicy, noClientConnectionClause, reportsTo);
        }
    }

    /** Ids and kinds only: a person's name never reaches a log line or an exception message. */
    @Override
    public String toString() {
        return "Person[id=" + id + ", engagement=" + engagement + ", status=" + status
                + (reportsTo == null ? "" : ", reportsTo=" + reportsTo) + "]";
    }
}
