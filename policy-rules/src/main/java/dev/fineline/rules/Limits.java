package dev.fineline.rules;

/**
 * The bounds of one decision.
 *
 * @param maxFirings  the most rule firings, or 0 for 100 per fact (at least 10,000)
 * @param maxNanos    the most time spent firing rules
 * @param failClosed  whether a decision with errors is {@code FORBIDDEN} rather than {@code WARN}
 */
record Limits(int maxFirings, long maxNanos, boolean failClosed) {
}
