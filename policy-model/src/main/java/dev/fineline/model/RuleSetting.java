package dev.fineline.model;

/**
 * An organisation's change to one rule, addressed by rule name or guidance id: switch it off, or
 * give its findings another verdict.
 *
 * @param enabled false to switch the rule off
 * @param verdict the verdict its findings get instead of their own, or null to keep theirs
 */
public record RuleSetting(boolean enabled, Verdict verdict) {

    /** A setting that switches a rule off. */
    public static final RuleSetting DISABLED = new RuleSetting(false, null);

    /**
     * A setting that keeps the rule on and changes its verdict.
     *
     * @param verdict the new verdict, not null
     * @return the setting
     */
    public static RuleSetting verdict(Verdict verdict) {
        return new RuleSetting(true, Checks.required("verdict", verdict));
    }
}
