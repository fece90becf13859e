package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.ContentTag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Identifiers validated by their checksums: each must be found, and its near misses must not. */
class IdentifiersTest {

    private static final ContentAnalyzer ANALYZER = ContentAnalyzer.standard();
    private static final TextContext AUTHOR = new TextContext(List.of(), Map.of(), Map.of(),
            Set.of("kari@acme.no", "+47 412 34 567"));

    private static List<Signal> of(String text, String detector) {
        return ANALYZER.analyze(text, AUTHOR).stream().filter(s -> s.detector().equals(detector)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"card 4539 1488 0343 6467", "card 4539-1488-0343-6467", "4539148803436467 please",
            "Amex 3759 952890 78667", "mc 5460189555979718."})
    void paymentCard_luhnValidWithCardPrefix_found(String text) {
        assertThat(of(text, "payment-card")).hasSize(1);
    }

    @Test
    void paymentCard_found_evidenceIsRedactedAndSpanCoversTheNumber() {
        String text = "Here's the receipt from table 12, card 4539 1488 0343 6467";
        Signal card = of(text, "payment-card").get(0);
        assertThat(card.tag()).isEqualTo(ContentTag.CUSTOMER_PERSONAL_DATA);
        assertThat(card.evidence()).isEqualTo("•••• 6467").doesNotContain("4539");
        assertThat(text.substring(card.start(), card.end())).isEqualTo("4539 1488 0343 6467");
        assertThat(card.describe()).isEqualTo("a payment card number ending 6467 that passes the Luhn check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"card 4539 1488 0343 6468", "order 1234567890123", "4539 1488 0343", "tracking 9788202123456",
            "on 2026-11-24 at 10:30", "costs 4 539 148 803 kr", "4539.1488.0343.6467"})
    void paymentCard_checksumFailsOrNotACard_notFound(String text) {
        assertThat(of(text, "payment-card")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO93 8601 1117 947", "pay to NO9386011117947 today", "DE89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32 is the account"})
    void iban_mod97Valid_found(String text) {
        assertThat(of(text, "iban")).hasSize(1);
        assertThat(of(text, "iban").get(0).describe()).contains("mod-97");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO93 8601 1117 948", "DE89 3704 0044 0532 0130 01", "AB12 3456", "NO93"})
    void iban_checksumOrLengthFails_notFound(String text) {
        assertThat(of(text, "iban")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fnr 16056295775", "fødselsnummer 160562 95775", "D-nummer 55076522242"})
    void nationalId_validDateAndCheckDigits_found(String text) {
        List<Signal> found = of(text, "national-id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).doesNotContain("1605").doesNotContain("5507").containsPattern("(75|42)$");
    }

    @Test
    void nationalId_dNumber_describedAsDNumber() {
        assertThat(of("D-nummer 55076522242", "national-id").get(0).describe()).startsWith("a Norwegian D-number");
    }

    @Test
    void nationalId_patientContext_taggedPatientInformation() {
        assertThat(of("Pasienten 16056295775 ligger på rom 4", "national-id").get(0).tag())
                .isEqualTo(ContentTag.PATIENT_INFORMATION);
        assertThat(of("Kunden 16056295775 ringte", "national-id").get(0).tag())
                .isEqualTo(ContentTag.CUSTOMER_PERSONAL_DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fnr 16056295776", "saksnummer 12058882096", "ref 32136295775", "id 16136295775",
            "1234 56 78903"})
    void nationalId_checkDigitOrDateFails_notFound(String text) {
        assertThat(of(text, "national-id")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.nr. 923 609 016", "organisasjonsnummer 923609016", "NO923609016MVA",
            "NO 923 609 016 MVA", "Org nr: 923609016"})
    void orgNumber_mod11WithContext_found(String text) {
        assertThat(of(text, "org-number")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"we sold 923609016 units", "org.nr. 923 609 017", "orgnr 123456785", "NO923609017MVA"})
    void orgNumber_withoutContextOrChecksum_notFound(String text) {
        assertThat(of(text, "org-number")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail eva.lindqvist@nordbank.no now", "j.smith+orders@example.co.uk", "<ola@firma.no>"})
    void email_validAddressOfSomeoneElse_found(String text) {
        List<Signal> found = of(text, "email");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).contains("•••@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"write to kari@acme.no", "write to KARI@ACME.NO", "follow @acme_norge", "a@b", "me@localhost"})
    void email_authorsOwnOrInvalid_notFound(String text) {
        assertThat(of(text, "email")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring 928 44 310", "nummeret er 45 12 78 90", "tlf 93015248", "+44 20 7946 0958",
            "+1 650 253 0000", "+1 212-736-5000", "call 0047 97654321", "+47 976 54 321"})
    void phone_validNumberOfSomeoneElse_found(String text) {
        assertThat(of(text, "phone")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring meg på 412 34 567", "ring +47 41234567", "order 45123456", "ordrenummer 93015248",
            "45 000 000 kr", "budget 12 500 000 NOK", "24.11.2026", "2026-11-24", "kl 10:30-11:45", "12345678",
            "we shipped 45123456 units", "+44 12", "€ 45 12 78 90"})
    void phone_authorsOwnOrNotAPhone_notFound(String text) {
        assertThat(of(text, "phone")).isEmpty();
    }
}
