package dev.fineline.model;

/** How a person is engaged by the organisation. */
public enum Engagement {
    /** On the payroll. */
    EMPLOYEE,
    /** Engaged under a contract for services. */
    CONTRACTOR,
    /** Self-employed, engaged per assignment. */
    FREELANCER,
    /** An outside adviser. */
    CONSULTANT;

    /**
     * The word used for this engagement in explanations.
     *
     * @return the lower-case name, such as {@code "contractor"}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
