package dev.fineline.content;

import dev.fineline.model.ContentTag;
import java.util.Locale;

/**
 * One thing the analysis read in a text: the content tag it supports, where it was found and why.
 *
 * @param tag       the content tag the signal supports
 * @param start     offset of the first character of the span in the analysed text (UTF-16 index)
 * @param end       offset just after the span
 * @param evidence  a redacted piece of evidence fit for an explanation: {@code "•••• 6467"} for a card,
 *                  never the full number; a matched term or phrase as written for term and lexicon hits
 * @param detector  the detector: {@code payment-card}, {@code iban}, {@code national-id}, {@code org-number},
 *                  {@code email}, {@code phone}, {@code confidential-term}, {@code secret-client},
 *                  {@code contact-name} or {@code lexicon}
 * @param entry     the lexicon entry or pattern that matched, such as {@code "threat/en: watch your back"}
 * @param language  the language of the lexicon entry, {@code "en"} or {@code "nb"}; {@code ""} for the others
 * @param subjectId the contact id for {@code secret-client} and {@code contact-name} signals, else null
 */
public record Signal(ContentTag tag, int start, int end, String evidence, String detector, String entry,
        String language, String subjectId) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a required part is missing or the span is not a span
     */
    public Signal {
        if (tag == null || evidence == null || detector == null || entry == null || language == null) {
            throw new IllegalArgumentException("signal needs a tag, evidence, detector, entry and language");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("signal span [" + start + ", " + end + ") is not a span");
        }
    }

    /**
     * The explanation phrase of this signal, fit to follow "the text contains" or "the text names", such as
     * {@code "a payment card number ending 6467 that passes the Luhn check"} or
     * {@code "the confidential project `Falcon` (as #ProjectFalcon)"}. It holds the redacted evidence only.
     *
     * @return the phrase
     */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /**
     * The explanation phrase of this signal in a language: English, or Norwegian bokmål for {@code nb}
     * (and {@code no}), fit to follow "the text contains" / "teksten inneholder", such as
     * {@code "et betalingskortnummer som slutter på 6467 og består Luhn-kontrollen"}. Other languages get
     * English. It holds the redacted evidence only.
     *
     * @param locale the language
     * @return the phrase
     */
    public String describe(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return language.equals("nb") || language.equals("no") ? norwegian() : english();
    }

    private String english() {
        return switch (detector) {
            case Detectors.PAYMENT_CARD -> "a payment card number ending " + tail(4)
                    + " that passes the Luhn check";
            case Detectors.IBAN -> "an IBAN (" + country() + ") ending " + tail(4) + " that passes the mod-97 check";
            case Detectors.NATIONAL_ID -> (dNumber() ? "a Norwegian D-number" : "a Norwegian national identity number")
                    + " ending " + tail(2) + " with valid check digits";
            case Detectors.ORG_NUMBER -> "a Norwegian organisation number ending " + tail(3)
                    + " with a valid check digit";
            case Detectors.EMAIL -> "the e-mail address " + evidence;
            case Detectors.PHONE -> "a phone number ending " + tail(2);
            case Detectors.CONFIDENTIAL_TERM -> "the confidential project `" + term() + "`" + as("as");
            case Detectors.SECRET_CLIENT -> "the secret client `" + term() + "`" + as("as");
            case Detectors.CONTACT_NAME -> "the contact `" + term() + "`" + as("as");
            default -> "the words \"" + evidence + "\" (" + tag.label() + ", lexicon " + source() + ")";
        };
    }

    private String norwegian() {
        return switch (detector) {
            case Detectors.PAYMENT_CARD -> "et betalingskortnummer som slutter på " + tail(4)
                    + " og består Luhn-kontrollen";
            case Detectors.IBAN -> "et IBAN-nummer (" + country() + ") som slutter på " + tail(4)
                    + " og består mod-97-kontrollen";
            case Detectors.NATIONAL_ID -> (dNumber() ? "et norsk D-nummer" : "et norsk fødselsnummer")
                    + " som slutter på " + tail(2) + " med gyldige kontrollsifre";
            case Detectors.ORG_NUMBER -> "et norsk organisasjonsnummer som slutter på " + tail(3)
                    + " med gyldig kontrollsiffer";
            case Detectors.EMAIL -> "e-postadressen " + evidence;
            case Detectors.PHONE -> "et telefonnummer som slutter på " + tail(2);
            case Detectors.CONFIDENTIAL_TERM -> "det konfidensielle prosjektet `" + term() + "`" + as("som");
            case Detectors.SECRET_CLIENT -> "den hemmelige kunden `" + term() + "`" + as("som");
            case Detectors.CONTACT_NAME -> "kontakten `" + term() + "`" + as("som");
            default -> "ordene «" + evidence + "» (leksikon " + source() + ")";
        };
    }

    private String country() {
        return evidence.substring(0, Math.min(2, evidence.length()));
    }

    private boolean dNumber() {
        return entry.contains("d-number");
    }

    private String tail(int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = evidence.length() - 1; i >= 0 && out.length() < digits; i--) {
            char c = evidence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.reverse().toString();
    }

    /** The configured term of a term signal: the entry after its "kind: " prefix. */
    private String term() {
        int colon = entry.indexOf(": ");
        return colon < 0 ? entry : entry.substring(colon + 2);
    }

    private String as(String word) {
        String term = term();
        return evidence.toLowerCase(Locale.ROOT).equals(term.toLowerCase(Locale.ROOT)) ? "" : " (" + word + " " + evidence + ")";
    }

    private String source() {
        int colon = entry.indexOf(": ");
        return colon < 0 ? entry : entry.substring(0, colon);
    }
}
