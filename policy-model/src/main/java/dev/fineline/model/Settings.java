package dev.fineline.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an organisation tailors in the built-in rules.
 *
 * @param clientConnections         verdict for a personal account connected to a business contact (CONN-1)
 * @param disconnectionDeadlineDays days a departed person has to disconnect after being asked (CONN-2)
 * @param maxCredentialHolders      how many people may hold a corporate account's credentials (CORP-1)
 * @param passwordRotationDays      how old a corporate account's password may get (CORP-2)
 * @param permittedHqRooms          rooms where photos may be taken; empty means no room restriction (POST-3)
 * @param confidentialTerms         code names that make a post proprietary, read in text as whole words in any case (POST-1)
 * @param secretClients             contact ids whose outsourcing must stay secret (POST-5)
 * @param workHours                 the work hours and their time zone (HOURS-3, CONN-4)
 * @param rules                     per rule name or guidance id: switch off, or change the verdict
 * @param contentAnalysis           whether the text of posts and messages is read for content signals
 * @param lexicon                   the organisation's additions to the content lexicons, and terms never flagged
 */
public record Settings(Verdict clientConnections, int disconnectionDeadlineDays, int maxCredentialHolders,
        int passwordRotationDays, Set<String> permittedHqRooms, List<String> confidentialTerms,
        Set<String> secretClients, WorkHours workHours, Map<String, RuleSetting> rules, boolean contentAnalysis,
        LexiconSettings lexicon) {

    /** The defaults of the situation format. */
    public static final Settings DEFAULT = builder().build();

    /** Validates and copies. */
    public Settings {
        Checks.required("settings.clientConnections", clientConnections);
        Checks.atLeast("settings.disconnectionDeadlineDays", disconnectionDeadlineDays, 0);
        Checks.atLeast("settings.maxCredentialHolders", maxCredentialHolders, 1);
        Checks.atLeast("settings.passwordRotationDays", passwordRotationDays, 1);
        permittedHqRooms = Checks.ids("settings.permittedHqRooms", permittedHqRooms);
        confidentialTerms = List.copyOf(Checks.ids("settings.confidentialTerms", confidentialTerms));
        secretClients = Checks.ids("settings.secretClients", secretClients);
        Checks.required("settings.workHours", workHours);
        rules = copyRules(rules);
        lexicon = lexicon == null ? LexiconSettings.NONE : lexicon;
    }

    /**
     * Settings with the content analysis on and no lexicon changes.
     *
     * @param clientConnections         verdict for a personal account connected to a business contact
     * @param disconnectionDeadlineDays days a departed person has to disconnect after being asked
     * @param maxCredentialHolders      how many people may hold a corporate account's credentials
     * @param passwordRotationDays      how old a corporate account's password may get
     * @param permittedHqRooms          rooms where photos may be taken
     * @param confidentialTerms         code names that make a post proprietary
     * @param secretClients             contact ids whose outsourcing must stay secret
     * @param workHours                 the work hours and their time zone
     * @param rules                     per rule name or guidance id: switch off, or change the verdict
     */
    public Settings(Verdict clientConnections, int disconnectionDeadlineDays, int maxCredentialHolders,
            int passwordRotationDays, Set<String> permittedHqRooms, List<String> confidentialTerms,
            Set<String> secretClients, WorkHours workHours, Map<String, RuleSetting> rules) {
        this(clientConnections, disconnectionDeadlineDays, maxCredentialHolders, passwordRotationDays, permittedHqRooms,
                confidentialTerms, secretClients, workHours, rules, true, LexiconSettings.NONE);
    }

    private static Map<String, RuleSetting> copyRules(Map<String, RuleSetting> rules) {
        if (rules == null || rules.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, RuleSetting> copy = new LinkedHashMap<>();
        rules.forEach((key, value) -> {
            Checks.id("settings.rules", key);
            copy.put(key, Checks.required("settings.rules." + key, value));
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Tells whether photos on the premises are restricted to some rooms.
     *
     * @return true when {@link #permittedHqRooms} is not empty
     */
    public boolean restrictsHqRooms() {
        return !permittedHqRooms.isEmpty();
    }

    /**
     * A builder that starts from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientConnections = clientConnections;
        b.disconnectionDeadlineDays = disconnectionDeadlineDays;
        b.maxCredentialHolders = maxCredentialHolders;
        b.passwordRotationDays = passwordRotationDays;
        b.permittedHqRooms = permittedHqRooms;
        b.confidentialTerms = confidentialTerms;
        b.secretClients = secretClients;
        b.workHours = workHours;
        b.rules = new LinkedHashMap<>(rules);
        b.contentAnalysis = contentAnalysis;
        b.lexicon = lexicon;
        return b;
    }

    /** Builds {@link Settings}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private Verdict clientConnections = Verdict.WARN;
        private int disconnectionDeadlineDays = 14;
        private int maxCredentialHolders = 3;
        private int passwordRotationDays = 90;
        private Collection<String> permittedHqRooms = List.of();
        private Collection<String> confidentialTerms = List.of();
        private Collection<String> secretClients = List.of();
        private WorkHours workHours = WorkHours.DEFAULT;
        private Map<String, RuleSetting> rules = new LinkedHashMap<>();
        private boolean contentAnalysis = true;
        private LexiconSettings lexicon = LexiconSettings.NONE;

        private Builder() {
        }

        /**
         * Sets the verdict for personal-account connections with business contacts.
         *
         * @param value the verdict (default {@code WARN})
         * @return this builder
         */
        public Builder clientConnections(Verdict value) {
            this.clientConnections = value;
            return this;
        }

        /**
         * Sets the days a departed person has to disconnect from clients once asked.
         *
         * @param value days, at least 0 (default 14)
         * @return this builder
         */
        public Builder disconnectionDeadlineDays(int value) {
            this.disconnectionDeadlineDays = value;
            return this;
        }

        /**
         * Sets how many people may hold one corporate account's credentials.
         *
         * @param value at least 1 (default 3)
         * @return this builder
         */
        public Builder maxCredentialHolders(int value) {
            this.maxCredentialHolders = value;
            return this;
        }

        /**
         * Sets how many days a corporate account's password may go unchanged.
         *
         * @param value days, at least 1 (default 90)
         * @return this builder
         */
        public Builder passwordRotationDays(int value) {
            this.passwordRotationDays = value;
            return this;
        }

        /**
         * Sets the rooms where photos may be taken; none means no restriction.
         *
         * @param value room names
         * @return this builder
         */
        public Builder permittedHqRooms(Collection<String> value) {
            this.permittedHqRooms = value;
            return this;
        }

        /**
         * Sets the rooms where photos may be taken; none means no restriction.
         *
         * @param value room names
         * @return this builder
         */
        public Builder permittedHqRooms(String... value) {
            this.permittedHqRooms = java.util.List.of(value);
            return this;
        }

        /**
         * Sets the code names that make a post proprietary.
         *
         * @param value terms, matched in post text ignoring case
         * @return this builder
         */
        public Builder confidentialTerms(Collection<String> value) {
            this.confidentialTerms = value;
            return this;
        }

        /**
         * Sets the code names that make a post proprietary.
         *
         * @param value terms, matched in post text ignoring case
         * @return this builder
         */
        public Builder confidentialTerms(String... value) {
            this.confidentialTerms = java.util.List.of(value);
            return this;
        }

        /**
         * Sets the contacts whose outsourcing must stay secret.
         *
         * @param value contact ids
         * @return this builder
         */
        public Builder secretClients(Collection<String> value) {
            this.secretClients = value;
            return this;
        }

        /**
         * Sets the contacts whose outsourcing must stay secret.
         *
         * @param value contact ids
         * @return this builder
         */
        public Builder secretClients(String... value) {
            this.secretClients = java.util.List.of(value);
            return this;
        }

        /**
         * Sets the work hours.
         *
         * @param value the work hours (default 09:00-17:00 Monday to Friday, UTC)
         * @return this builder
         */
        public Builder workHours(WorkHours value) {
            this.workHours = value;
            return this;
        }

        /**
         * Switches a rule off or changes its verdict.
         *
         * @param ruleOrGuidanceId a rule name such as {@code StalePassword} or a guidance id such as {@code CORP-2}
         * @param setting          what to do with it
         * @return this builder
         */
        public Builder rule(String ruleOrGuidanceId, RuleSetting setting) {
            this.rules.put(ruleOrGuidanceId, setting);
            return this;
        }

        /**
         * Replaces every rule setting.
         *
         * @param value settings by rule name or guidance id
         * @return this builder
         */
        public Builder rules(Map<String, RuleSetting> value) {
            this.rules = value == null ? new LinkedHashMap<>() : new LinkedHashMap<>(value);
            return this;
        }

        /**
         * Switches the reading of post and message text on or off for the organisation.
         *
         * @param value false to judge by the caller's tags only (default true)
         * @return this builder
         */
        public Builder contentAnalysis(boolean value) {
            this.contentAnalysis = value;
            return this;
        }

        /**
         * Sets the organisation's additions to the content lexicons.
         *
         * @param value terms added per tag and terms never flagged (default none)
         * @return this builder
         */
        public Builder lexicon(LexiconSettings value) {
            this.lexicon = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the validated settings
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public Settings build() {
            return new Settings(clientConnections, disconnectionDeadlineDays, maxCredentialHolders, passwordRotationDays,
                    permittedHqRooms == null ? null : new java.util.LinkedHashSet<>(permittedHqRooms),
                    confidentialTerms == null ? null : List.copyOf(confidentialTerms),
                    secretClients == null ? null : new java.util.LinkedHashSet<>(secretClients), workHours, rules,
                    contentAnalysis, lexicon);
        }
    }

    /** Limits and counts only: confidential terms and secret clients never reach a log line. */
    @Override
    public String toString() {
        return "Settings[clientConnections=" + clientConnections + ", disconnectionDeadlineDays=" + disconnectionDeadlineDays
                + ", maxCredentialHolders=" + maxCredentialHolders + ", passwordRotationDays=" + passwordRotationDays
                + ", confidentialTerms=" + confidentialTerms.size() + ", secretClients=" + secretClients.size()
                + ", rules=" + rules.size() + ", contentAnalysis=" + contentAnalysis + ", lexicon=" + lexicon + "]";
    }
}
