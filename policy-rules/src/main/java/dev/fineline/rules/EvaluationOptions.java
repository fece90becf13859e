package dev.fineline.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * How one call to {@link PolicyEngine#evaluate(dev.fineline.model.Situation, EvaluationOptions)} judges:
 * choices a caller makes per decision rather than per engine or per organisation. Immutable; build one
 * with {@link #builder()} or start from {@link #DEFAULT}.
 *
 * <pre>{@code
 * EvaluationOptions options = EvaluationOptions.builder()
 *         .focus(Focus.on("post-draft"))            // only what concerns the draft
 *         .locale(Locale.forLanguageTag("nb"))      // explanations in Norwegian bokmål
 *         .build();
 * Decision decision = engine.evaluate(situation, options);
 * }</pre>
 */
public final class EvaluationOptions {

    /** The defaults: the text of posts and messages is read, the whole situation answered, in English. */
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(new Builder());

    private final boolean contentAnalysis;
    private final Focus focus;
    private final Locale locale;

    private EvaluationOptions(Builder builder) {
        this.contentAnalysis = builder.contentAnalysis;
        this.focus = builder.focus;
        this.locale = builder.locale;
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
        builder.focus = focus;
        builder.locale = locale;
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
     * The subject the decision answers about, as {@link PolicyEngine#evaluate(dev.fineline.model.Situation, Focus)}
     * does; null for the whole situation.
     *
     * @return the focus, or null
     */
    public Focus focus() {
        return focus;
    }

    /**
     * The language of the explanations, obligation labels and evidence: English (the default) or
     * Norwegian bokmål. Custom rules that emit plain sentences keep their own words.
     *
     * @return {@code en} or {@code nb}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The languages explanations can be rendered in.
     *
     * @return English and Norwegian bokmål
     */
    public static java.util.List<Locale> languages() {
        return Messages.LANGUAGES;
    }

    /**
     * Tells whether other options choose the same.
     *
     * @param other any object
     * @return true for options with the same choices
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EvaluationOptions o && o.contentAnalysis == contentAnalysis
                && Objects.equals(o.focus, focus) && o.locale.equals(locale);
    }

    /**
     * A hash of the choices.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(contentAnalysis, focus, locale);
    }

    /**
     * The choices, for log lines.
     *
     * @return such as {@code EvaluationOptions[contentAnalysis=true, focus=post-draft, locale=nb]}
     */
    @Override
    public String toString() {
        return "EvaluationOptions[contentAnalysis=" + contentAnalysis + ", focus=" + (focus == null ? "none" : focus.subject())
                + ", locale=" + locale.toLanguageTag() + "]";
    }

    /** Builds {@link EvaluationOptions}; unset options keep their defaults. */
    public static final class Builder {
        private boolean contentAnalysis = true;
        private Focus focus;
        private Locale locale = Messages.ENGLISH;

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
         * Answers about one subject of the situation, or about all of it.
         *
         * @param value the subject, or null for the whole situation (the default)
         * @return this builder
         */
        public Builder focus(Focus value) {
            this.focus = value;
            return this;
        }

        /**
         * Renders explanations in a language.
         *
         * @param value English ({@code en}, the default) or Norwegian bokmål ({@code nb}; {@code no} is taken as
         *              bokmål); a region such as {@code nb-NO} is accepted
         * @return this builder
         * @throws IllegalArgumentException quoting a locale of another language
         */
        public Builder locale(Locale value) {
            this.locale = Messages.supported(value);
            return this;
        }

        /**
         * Renders explanations in the language a tag names, as a command line or a request gives it.
         *
         * @param tag {@code en} or {@code nb} (also {@code no}, {@code nb-NO}, {@code en-GB})
         * @return this builder
         * @throws IllegalArgumentException quoting a tag that names no language with texts
         */
        public Builder language(String tag) {
            this.locale = Messages.language(tag);
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
