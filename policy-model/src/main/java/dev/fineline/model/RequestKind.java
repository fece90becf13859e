package dev.fineline.model;

/** What the employer asks of people. */
public enum RequestKind {
    /** Promote the business on a personal account. */
    PROMOTE_ON_PERSONAL_ACCOUNT("to promote the business on their personal account"),
    /** Change a personal profile or cover photo to the brand. */
    CHANGE_PROFILE_TO_BRAND("to change their personal profile or cover photo to the brand"),
    /** Brand artwork or posts offered for people to use if they wish. */
    OFFER_BRAND_ARTWORK("to use brand artwork or posts"),
    /** Stay off personal social media during work hours. */
    RESTRICT_WORK_HOURS_USE("to stay off personal social media during work hours"),
    /** Hand over the password of, or login access to, a personal account. */
    PERSONAL_ACCOUNT_CREDENTIALS("for the password of, or login access to, their personal account"),
    /** Hand over the credentials of a corporate account. */
    CORPORATE_ACCOUNT_CREDENTIALS("for the credentials of a corporate account"),
    /** Add the employer as a friend or follower of a personal account. */
    ADD_EMPLOYER_AS_CONTACT("to add the employer as a friend or follower of their personal account"),
    /** Change the privacy settings of a personal account. */
    CHANGE_PRIVACY_SETTINGS("to change the privacy settings of their personal account"),
    /** Write a review of the business's products. */
    WRITE_PRODUCT_REVIEW("to write a review of the business's products"),
    /** Disconnect a personal account from clients. */
    DISCONNECT_FROM_CLIENTS("to disconnect their personal account from clients");

    private final String asked;

    RequestKind(String asked) {
        this.asked = asked;
    }

    /**
     * What was asked, as explanations say it after "was asked", such as
     * {@code "for the password of, or login access to, their personal account"}.
     *
     * @return the phrase
     */
    public String asked() {
        return asked;
    }
}
