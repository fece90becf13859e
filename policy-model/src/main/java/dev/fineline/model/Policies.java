package dev.fineline.model;

/**
 * Which written social media policies the organisation has.
 *
 * @param personalUse       a policy on personal use of social media
 * @param corporateAccounts a policy on the organisation's own accounts
 */
public record Policies(boolean personalUse, boolean corporateAccounts) {

    /** Both policies exist. */
    public static final Policies BOTH = new Policies(true, true);
}
