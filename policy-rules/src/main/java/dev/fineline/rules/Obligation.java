package dev.fineline.rules;

/** Something that must happen next because of a finding. An obligation is not a verdict. */
public enum Obligation {
    /** Take away the person's access to the account. */
    REVOKE_ACCESS,
    /** Change the account's password. */
    ROTATE_PASSWORD,
    /** Ask the person to disconnect their personal account from the contact. */
    REQUEST_DISCONNECTION,
    /** Report the threat to security and, where warranted, the police. */
    REPORT_THREAT,
    /** Assess whether personal data was breached and must be notified (GDPR articles 33 and 34). */
    BREACH_ASSESSMENT,
    /** Have a lawyer review the case before acting on it. */
    LEGAL_REVIEW,
    /** Add a clear disclosure of the employment next to the claim. */
    DISCLOSE_CONNECTION,
    /** Correct or delete, tell the followers, and apologise. */
    CORRECT_AND_NOTIFY;

    /**
     * What must be done, in words for a person: {@code "change the account's password"},
     * {@code "bytt passordet til kontoen"}.
     *
     * @param locale English or Norwegian bokmål
     * @return the label
     * @throws IllegalArgumentException quoting a language without texts
     */
    public String label(java.util.Locale locale) {
        return Messages.word(locale, this);
    }
}
