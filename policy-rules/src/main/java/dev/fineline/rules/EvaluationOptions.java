package dev.fineline.rules;

/**
 * How one call to {@link PolicyEngine#evaluate(dev.fineline.model.Situation, EvaluationOptions)} judges:
 * choices a caller makes per decision rather than per engine or per organisation. Immutable; build one
 * with {@link #builder()} or start from {@link #DEFAULT}.
 *
 * <pre>{@code
 * Decision byTagsOnly = engine.evaluate(situation, EvaluationOptions.builder().contentAnalysis(false).build());
 * }</pre>
 */
public final class EvaluationOptions {

    /** The defaults: the text of posts and messages is read. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(new Builder());

    private final boolean contentAnalysis;

    private EvaluationOptions(Builder builder) {
        this.contentAnalysis = builder.contentAnalysis;
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
     * A builder that starts from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.contentAnalysis = contentAnalysis;
        return builder;
    }

    /**
     * Whether this call may read the text of posts and messages. The analysis runs only when both this
     * and the organisation's {@code settings.contentAnalysis} allow it.
     *
     * @return true to read text (the default)
     */
    public boolean contentAnalysis() {
        return contentAnalysis;
    }

    /**
     * Tells whether other options choose the same.
     *
     * @param other any object
     * @return true for options with the same choices
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationOptions o && o.contentAnalysis == contentAnalysis;
    }

    /**
     * A hash of the choices.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Boolean.hashCode(contentAnalysis);
    }

    /**
     * The choices, for log lines.
     *
     * @return such as {@code EvaluationOptions[contentAnalysis=true]}
     */
    @Override
    public String toString() {
        return "EvaluationOptions[contentAnalysis=" + contentAnalysis + "]";
    }

    /** Builds {@link EvaluationOptions}; unset options keep their defaults. */
    public static final class Builder {
        private boolean contentAnalysis = true;

        private Builder() {
        }

        /**
         * Lets this call read the text of posts and messages, or not.
         *
         * @param enabled false to judge by the caller's tags only (default true)
         * @return this builder
         */
        public Builder contentAnalysis(boolean enabled) {
            this.contentAnalysis = enabled;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public EvaluationOptions build() {
            return new EvaluationOptions(this);
        }
    }
}
