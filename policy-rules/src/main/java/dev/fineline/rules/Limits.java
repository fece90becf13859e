package dev.fineline.rules;

/**
 * The bounds of one decision, and the language its explanations are rendered in.
 *
 * @param maxFirings  the most rule firings, or 0 for 100 per fact (at least 10,000)
 * @param maxNanos    the most time spent firing rules
 * @param failClosed  whether a decision with errors is {@code FORBIDDEN} rather than {@code WARN}
 * @param locale      the language of the explanations: one of {@link Messages#LANGUAGES}
 */
record Limits(int maxFirings, long maxNanos, boolean failClosed, java.util.Locale locale) {

    /** Bounds with explanations in English. */
    Limits(int maxFirings, long maxNanos, boolean failClosed) {
        this(maxFirings, maxNanos, failClosed, Messages.ENGLISH);
    }
}
