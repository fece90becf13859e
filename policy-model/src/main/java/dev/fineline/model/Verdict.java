package dev.fineline.model;

/**
 * How a situation, or one finding in it, is judged. Declared from least to most severe, so
 * {@link #compareTo} orders verdicts by severity.
 */
public enum Verdict {
    /** Nothing stands against it. */
    ALLOWED,
    /** Allowed, but someone should look at it or act. */
    WARN,
    /** Not allowed. */
    FORBIDDEN;

    /**
     * Returns the more severe of this verdict and {@code other}.
     *
     * @param other another verdict, not null
     * @return the more severe of the two
     */
    public Verdict max(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /**
     * Returns the less severe of this verdict and {@code other}.
     *
     * @param other another verdict, not null
     * @return the less severe of the two
     */
    public Verdict min(Verdict other) {
        return other.compareTo(this) < 0 ? other : this;
    }

    /**
     * Tells whether this verdict is at least as severe as {@code other}.
     *
     * @param other the verdict to compare with
     * @return true when this verdict is {@code other} or more severe
     */
    public boolean isAtLeast(Verdict other) {
        return compareTo(other) >= 0;
    }
}
