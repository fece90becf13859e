package dev.fineline.testkit;

/**
 * Which rules a scenario run's coverage is measured over. A compliance team testing its own pack
 * wants to know how much of <em>its</em> rules the scenarios exercise, not how much of the whole
 * catalogue; so by default, when custom rules are in force, coverage is of them alone.
 */
public enum CoverageScope {
    /** The custom rules when any are in force, else every rule: the default. */
    CUSTOM_WHEN_ANY,
    /** The custom rules only (none when there are none). */
    CUSTOM,
    /** The built-in rules only. */
    BUILT_IN,
    /** Every rule in force, built-in and custom. */
    ALL
}
