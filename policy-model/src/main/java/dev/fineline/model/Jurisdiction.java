package dev.fineline.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a person works: an ISO 3166-1 alpha-2 country and an optional region, written
 * {@code NO} or {@code US-CA}.
 *
 * @param country the upper-case two-letter country code
 * @param region  the region within the country, such as {@code CA}, or null
 */
public record Jurisdiction(String country, String region) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern REGION = Pattern.compile("[A-Z0-9]{1,3}");

    /** The EU member states and the EEA states Iceland, Liechtenstein and Norway. */
    private static final Set<String> EEA = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
            "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    /** Validates the parts. */
    public Jurisdiction {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException(
                    "jurisdiction: country must be two upper-case letters (ISO 3166-1), was " + Checks.quote(country));
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException(
                    "jurisdiction: region must be 1 to 3 upper-case letters or digits, was " + Checks.quote(region));
        }
    }

    /**
     * Parses a code such as {@code NO}, {@code US} or {@code US-CA}.
     *
     * @param code the code
     * @return the jurisdiction
     * @throws IllegalArgumentException when the code is not of that form, quoting it
     */
    public static Jurisdiction of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("jurisdiction: must be a country code such as \"NO\" or \"US-CA\", was "
                    + Checks.quote(code));
        }
        int dash = code.indexOf('-');
        try {
            return dash < 0 ? new Jurisdiction(code, null) : new Jurisdiction(code.substring(0, dash), code.substring(dash + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "jurisdiction: must be a country code such as \"NO\" or \"US-CA\", was " + Checks.quote(code), e);
        }
    }

    /**
     * Tells whether this is the United States or one of its states.
     *
     * @return true for {@code US} and {@code US-*}
     */
    public boolean isUnitedStates() {
        return country.equals("US");
    }

    /**
     * Tells whether this is a member of the European Economic Area (the EU plus Iceland,
     * Liechtenstein and Norway), where the GDPR applies.
     *
     * @return true in the EU/EEA
     */
    public boolean isEuropeanEconomicArea() {
        return EEA.contains(country);
    }

    /**
     * The code as written in situation files.
     *
     * @return {@code NO} or {@code US-CA}
     */
    public String code() {
        return region == null ? country : country + "-" + region;
    }

    @Override
    public String toString() {
        return code();
    }
}
