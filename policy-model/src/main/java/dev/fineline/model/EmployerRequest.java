package dev.fineline.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Something the employer asks of people.
 *
 * @param id                  unique id
 * @param kind                what is asked
 * @param from                the person who asked on the employer's behalf, or null for the company
 * @param to                  the people asked; at least one
 * @param mandatory           presented as required
 * @param timesAsked          how many times it was made to the same people; at least 1
 * @param targetsNonCompliers a follow-up aimed at those who did not comply
 * @param praisesCompliers    public praise of those who complied
 * @param outsidePaidHours    the asked-for posting would happen outside paid hours (PROMO-6)
 */
public record EmployerRequest(String id, RequestKind kind, String from, Set<String> to, boolean mandatory,
        int timesAsked, boolean targetsNonCompliers, boolean praisesCompliers, boolean outsidePaidHours) {

    /** Validates and copies. */
    public EmployerRequest {
        Checks.id("request.id", id);
        Checks.required("request.kind", kind);
        Checks.optionalId("request.from", from);
        to = Checks.ids("request.to", to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("request.to: must name at least one person, request " + Checks.quote(id)
                    + " names none");
        }
        Checks.atLeast("request.timesAsked", timesAsked, 1);
    }

    /**
     * Tells whether the request puts pressure on people: repeated, chasing those who did not comply,
     * or praising those who did.
     *
     * @return true under pressure
     */
    public boolean isPressing() {
        return timesAsked > 1 || targetsNonCompliers || praisesCompliers;
    }

    /**
     * Tells whether this request and another are addressed to at least one same person.
     *
     * @param other another request
     * @return true when they share a recipient
     */
    public boolean sharesRecipientWith(EmployerRequest other) {
        for (String person : other.to) {
            if (to.contains(person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How explanations name the requester: {@code `p-boss`}, or "the company".
     *
     * @return the label
     */
    public String fromLabel() {
        return from == null ? "the company" : "`" + from + "`";
    }

    /**
     * How explanations name the people asked, such as {@code `p-kari`, `p-ola`}.
     *
     * @return the ids, quoted and joined
     */
    public String toLabel() {
        StringBuilder text = new StringBuilder();
        for (String person : to) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append('`').append(person).append('`');
        }
        return text.toString();
    }

    /**
     * A builder that starts from this request, to change a few fields.
     *
     * @return a new builder holding every field of this request
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.from = from;
        b.to = to;
        b.mandatory = mandatory;
        b.timesAsked = timesAsked;
        b.targetsNonCompliers = targetsNonCompliers;
        b.praisesCompliers = praisesCompliers;
        b.outsidePaidHours = outsidePaidHours;
        return b;
    }

    /**
     * A builder for a request.
     *
     * @param id   unique id
     * @param kind what is asked
     * @return a new builder
     */
    public static Builder builder(String id, RequestKind kind) {
        return new Builder(id, kind);
    }

    /** Builds an {@link EmployerRequest}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private final String id;
        private final RequestKind kind;
        private String from;
        private Collection<String> to = List.of();
        private boolean mandatory;
        private int timesAsked = 1;
        private boolean targetsNonCompliers;
        private boolean praisesCompliers;
        private boolean outsidePaidHours;

        private Builder(String id, RequestKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Sets who asked.
         *
         * @param value the person id, or null for the company
         * @return this builder
         */
        public Builder from(String value) {
            this.from = value;
            return this;
        }

        /**
         * Sets who was asked.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder to(String... value) {
            this.to = List.of(value);
            return this;
        }

        /**
         * Sets who was asked.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder to(Collection<String> value) {
            this.to = value;
            return this;
        }

        /**
         * Sets whether it is presented as required.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder mandatory(boolean value) {
            this.mandatory = value;
            return this;
        }

        /**
         * Sets how many times it was made.
         *
         * @param value at least 1 (default 1)
         * @return this builder
         */
        public Builder timesAsked(int value) {
            this.timesAsked = value;
            return this;
        }

        /**
         * Sets whether it chases those who did not comply.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder targetsNonCompliers(boolean value) {
            this.targetsNonCompliers = value;
            return this;
        }

        /**
         * Sets whether those who complied were praised in public.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder praisesCompliers(boolean value) {
            this.praisesCompliers = value;
            return this;
        }

        /**
         * Sets whether the posting would happen outside paid hours.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder outsidePaidHours(boolean value) {
            this.outsidePaidHours = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public EmployerRequest build() {
            return new EmployerRequest(id, kind, from, to == null ? null : new LinkedHashSet<>(to), mandatory,
                    timesAsked, targetsNonCompliers, praisesCompliers, outsidePaidHours);
        }
    }
}
