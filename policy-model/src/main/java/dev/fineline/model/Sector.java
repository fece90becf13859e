package dev.fineline.model;

/** The sector an organisation works in; regulated sectors bring rules of their own. */
public enum Sector {
    /** No sector-specific rules. */
    GENERAL,
    /** Financial services (FINRA and SEC communication rules). */
    FINANCE,
    /** Health care (HIPAA patient privacy). */
    HEALTHCARE
}
