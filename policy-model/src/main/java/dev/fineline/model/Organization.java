package dev.fineline.model;

/**
 * The organisation whose people are judged.
 *
 * @param name         its name, for people to read
 * @param sector       its sector
 * @param jurisdiction the default work jurisdiction of its people, or null when unknown
 * @param policies     which written social media policies it has
 * @param settings     what it tailors in the rules
 */
public record Organization(String name, Sector sector, Jurisdiction jurisdiction, Policies policies, Settings settings) {

    /** An unnamed organisation in the general sector, unknown jurisdiction, both policies, default settings. */
    public static final Organization DEFAULT = new Organization("", Sector.GENERAL, null, Policies.BOTH, Settings.DEFAULT);

    /** Fills defaults for absent parts. */
    public Organization {
        name = Checks.text(name);
        sector = sector == null ? Sector.GENERAL : sector;
        policies = policies == null ? Policies.BOTH : policies;
        settings = settings == null ? Settings.DEFAULT : settings;
    }

    /**
     * A builder that starts from this organisation, to change a few fields.
     *
     * @return a new builder holding every field of this organisation
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.sector = sector;
        b.jurisdiction = jurisdiction;
        b.policies = policies;
        b.settings = settings;
        return b;
    }

    /**
     * This organisation with other settings.
     *
     * @param value the settings
     * @return a copy with the settings replaced
     */
    public Organization withSettings(Settings value) {
        return new Organization(name, sector, jurisdiction, policies, value);
    }

    /**
     * A builder that starts from {@link #DEFAULT}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Organization}. */
    public static final class Builder {
        private String name = "";
        private Sector sector = Sector.GENERAL;
        private Jurisdiction jurisdiction;
        private Policies policies = Policies.BOTH;
        private Settings settings = Settings.DEFAULT;

        private Builder() {
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
         * Sets the sector.
         *
         * @param value the sector (default {@code GENERAL})
         * @return this builder
         */
        public Builder sector(Sector value) {
            this.sector = value;
            return this;
        }

        /**
         * Sets the default work jurisdiction.
         *
         * @param code a code such as {@code NO} or {@code US-CA}
         * @return this builder
         */
        public Builder jurisdiction(String code) {
            this.jurisdiction = code == null ? null : Jurisdiction.of(code);
            return this;
        }

        /**
         * Sets which written policies exist.
         *
         * @param value the policies (default: both)
         * @return this builder
         */
        public Builder policies(Policies value) {
            this.policies = value;
            return this;
        }

        /**
         * Sets the settings.
         *
         * @param value the settings (default {@link Settings#DEFAULT})
         * @return this builder
         */
        public Builder settings(Settings value) {
            this.settings = value;
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation
         */
        public Organization build() {
            return new Organization(name, sector, jurisdiction, policies, settings);
        }
    }

    /** No names and no confidential settings. */
    @Override
    public String toString() {
        return "Organization[sector=" + sector + ", jurisdiction=" + jurisdiction + "]";
    }
}
