package dev.fineline.model;

/** What the employer asks of people. */
public enum RequestKind {
    /** Promote the business on a personal account. */
    PROMOTE_ON_PERSONAL_ACCOUNT,
    /** Change a personal profile or cover photo to the brand. */
    CHANGE_PROFILE_TO_BRAND,
    /** Brand artwork or posts offered for people to use if they wish. */
    OFFER_BRAND_ARTWORK,
    /** Stay off personal social media during work hours. */
    RESTRICT_WORK_HOURS_USE,
    /** Hand over the password of, or login access to, a personal account. */
    PERSONAL_ACCOUNT_CREDENTIALS,
    /** Hand over the credentials of a corporate account. */
    CORPORATE_ACCOUNT_CREDENTIALS,
    /** Add the employer as a friend or follower of a personal account. */
    ADD_EMPLOYER_AS_CONTACT,
    /** Change the privacy settings of a personal account. */
    CHANGE_PRIVACY_SETTINGS,
    /** Write a review of the business's products. */
    WRITE_PRODUCT_REVIEW,
    /** Disconnect a personal account from clients. */
    DISCONNECT_FROM_CLIENTS
}
