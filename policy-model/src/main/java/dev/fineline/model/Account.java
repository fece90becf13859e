package dev.fineline.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A social media account: a person's own, or the organisation's.
 *
 * @param id                      unique id
 * @param platform                the platform
 * @param kind                    personal or corporate
 * @param owner                   the person who owns a personal account; null for corporate ones
 * @param visibility              who can see what it posts
 * @param profileNamesEmployer    the profile says where its owner works (POST-12)
 * @param disclaimer              the profile says "opinions are my own" (POST-9)
 * @param credentialHolders       people who hold a corporate account's password or a login (CORP-*)
 * @param formerCredentialHolders people who held them before (CORP-4)
 * @param passwordChangedOn       the day the password last changed, or null when unknown
 * @param archived                its messages are archived (SECT-1)
 */
public record Account(String id, Platform platform, AccountKind kind, String owner, Visibility visibility,
        boolean profileNamesEmployer, boolean disclaimer, Set<String> credentialHolders,
        Set<String> formerCredentialHolders, LocalDate passwordChangedOn, boolean archived) {

    /** Validates and copies. */
    public Account {
        Checks.id("account.id", id);
        Checks.required("account.platform", platform);
        Checks.required("account.kind", kind);
        Checks.optionalId("account.owner", owner);
        if (kind == AccountKind.PERSONAL && owner == null) {
            throw new IllegalArgumentException("account.owner: is required for PERSONAL account " + Checks.quote(id));
        }
        Checks.required("account.visibility", visibility);
        credentialHolders = Checks.ids("account.credentialHolders", credentialHolders);
        formerCredentialHolders = Checks.ids("account.formerCredentialHolders", formerCredentialHolders);
    }

    /**
     * Everyone who holds or held the credentials: current holders first, then former ones, each once.
     *
     * @return person ids
     */
    public Set<String> everCredentialHolders() {
        if (formerCredentialHolders.isEmpty()) {
            return credentialHolders;
        }
        Set<String> all = new LinkedHashSet<>(credentialHolders);
        all.addAll(formerCredentialHolders);
        return all;
    }

    /**
     * Tells whether this is a person's own account.
     *
     * @return true for personal accounts
     */
    public boolean isPersonal() {
        return kind == AccountKind.PERSONAL;
    }

    /**
     * Tells whether what this account posts can be seen by anyone: it is public, or its platform is
     * public by nature (LinkedIn, X) whatever the settings.
     *
     * @return true when its posts are public
     */
    public boolean isEffectivelyPublic() {
        return visibility == Visibility.PUBLIC || platform.isPublicByNature();
    }

    /**
     * How explanations name this account, such as {@code personal LinkedIn account `a-kari-li`}.
     *
     * @return the label
     */
    public String label() {
        // rules word explanations with it on every finding: the words are worked out once per platform and kind
        String owned = KIND_LABELS[kind.ordinal()];
        return platform == Platform.OTHER ? owned + " account `" + id + "`"
                : owned + " " + PLATFORM_LABELS[platform.ordinal()] + " account `" + id + "`";
    }

    private static final String[] PLATFORM_LABELS = platformLabels();
    private static final String[] KIND_LABELS = kindLabels();

    private static String[] platformLabels() {
        Platform[] platforms = Platform.values();
        String[] labels = new String[platforms.length];
        for (Platform platform : platforms) {
            String p = platform == Platform.X ? "X"
                    : platform.name().charAt(0) + platform.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            if (platform == Platform.LINKEDIN) {
                p = "LinkedIn";
            } else if (platform == Platform.YOUTUBE) {
                p = "YouTube";
            } else if (platform == Platform.TIKTOK) {
                p = "TikTok";
            }
            labels[platform.ordinal()] = p;
        }
        return labels;
    }

    private static String[] kindLabels() {
        AccountKind[] kinds = AccountKind.values();
        String[] labels = new String[kinds.length];
        for (AccountKind kind : kinds) {
            labels[kind.ordinal()] = kind.name().toLowerCase(java.util.Locale.ROOT);
        }
        return labels;
    }

    /**
     * A builder that starts from this account, to change a few fields.
     *
     * @return a new builder holding every field of this account
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.platform = platform;
        b.owner = owner;
        b.visibility = visibility;
        b.profileNamesEmployer = profileNamesEmployer;
        b.disclaimer = disclaimer;
        b.credentialHolders = credentialHolders;
        b.formerCredentialHolders = formerCredentialHolders;
        b.passwordChangedOn = passwordChangedOn;
        b.archived = archived;
        return b;
    }

    /**
     * A builder for a personal account.
     *
     * @param id    unique id
     * @param owner the owner's person id
     * @return a new builder
     */
    public static Builder personal(String id, String owner) {
        return new Builder(id, AccountKind.PERSONAL).owner(owner);
    }

    /**
     * A builder for a corporate account.
     *
     * @param id unique id
     * @return a new builder
     */
    public static Builder corporate(String id) {
        return new Builder(id, AccountKind.CORPORATE);
    }

    /**
     * A builder for an account of a kind.
     *
     * @param id   unique id
     * @param kind personal or corporate
     * @return a new builder
     */
    public static Builder builder(String id, AccountKind kind) {
        return new Builder(id, kind);
    }

    /** Builds an {@link Account}; unset fields keep the defaults of the situation format. */
    public static final class Builder {
        private final String id;
        private final AccountKind kind;
        private Platform platform = Platform.OTHER;
        private String owner;
        private Visibility visibility = Visibility.PUBLIC;
        private boolean profileNamesEmployer;
        private boolean disclaimer;
        private Collection<String> credentialHolders = List.of();
        private Collection<String> formerCredentialHolders = List.of();
        private LocalDate passwordChangedOn;
        private Boolean archived;

        private Builder(String id, AccountKind kind) {
            this.id = id;
            this.kind = kind;
        }

        /**
         * Sets the platform.
         *
         * @param value the platform (default {@code OTHER})
         * @return this builder
         */
        public Builder platform(Platform value) {
            this.platform = value;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value the owner's person id
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /**
         * Sets the visibility.
         *
         * @param value the visibility (default {@code PUBLIC})
         * @return this builder
         */
        public Builder visibility(Visibility value) {
            this.visibility = value;
            return this;
        }

        /**
         * Sets whether the profile names the employer.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder profileNamesEmployer(boolean value) {
            this.profileNamesEmployer = value;
            return this;
        }

        /**
         * Sets whether the profile carries an "opinions are my own" disclaimer.
         *
         * @param value the flag (default false)
         * @return this builder
         */
        public Builder disclaimer(boolean value) {
            this.disclaimer = value;
            return this;
        }

        /**
         * Sets who holds the credentials.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder credentialHolders(Collection<String> value) {
            this.credentialHolders = value;
            return this;
        }

        /**
         * Sets who holds the credentials.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder credentialHolders(String... value) {
            this.credentialHolders = List.of(value);
            return this;
        }

        /**
         * Sets who held the credentials before.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder formerCredentialHolders(String... value) {
            this.formerCredentialHolders = List.of(value);
            return this;
        }

        /**
         * Sets who held the credentials before.
         *
         * @param value person ids
         * @return this builder
         */
        public Builder formerCredentialHolders(Collection<String> value) {
            this.formerCredentialHolders = value;
            return this;
        }

        /**
         * Sets the day the password last changed.
         *
         * @param value the day, or null when unknown
         * @return this builder
         */
        public Builder passwordChangedOn(LocalDate value) {
            this.passwordChangedOn = value;
            return this;
        }

        /**
         * Sets whether messages are archived.
         *
         * @param value the flag (default: true for corporate, false for personal accounts)
         * @return this builder
         */
        public Builder archived(boolean value) {
            this.archived = value;
            return this;
        }

        /**
         * Builds the account.
         *
         * @return the account
         * @throws IllegalArgumentException naming the field and quoting the bad value
         */
        public Account build() {
            boolean isArchived = archived != null ? archived : kind == AccountKind.CORPORATE;
            return new Account(id, platform, kind, owner, visibility, profileNamesEmployer, disclaimer,
                    credentialHolders == null ? null : new LinkedHashSet<>(credentialHolders),
                    formerCredentialHolders == null ? null : new LinkedHashSet<>(formerCredentialHolders),
                    passwordChangedOn, isArchived);
        }
    }
}
