package dev.fineline.content;

/** The detector names a {@link Signal} carries. */
final class Detectors {
    static final String PAYMENT_CARD = "payment-card";
    static final String IBAN = "iban";
    static final String NATIONAL_ID = "national-id";
    static final String ORG_NUMBER = "org-number";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String CONFIDENTIAL_TERM = "confidential-term";
    static final String SECRET_CLIENT = "secret-client";
    static final String CONTACT_NAME = "contact-name";
    static final String LEXICON = "lexicon";

    private Detectors() {
    }
}
