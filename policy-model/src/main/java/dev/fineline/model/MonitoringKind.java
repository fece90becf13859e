package dev.fineline.model;

/** How the employer watches social media. */
public enum MonitoringKind {
    /** Listening for public mentions of the brand. */
    BRAND_LISTENING,
    /** Watching one person's private account or private groups. */
    PRIVATE_ACCOUNT_WATCH,
    /** Asking colleagues to report on one person. */
    COLLEAGUE_REPORTING
}
