package dev.fineline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.ContentTag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The organisation's confidential terms, secret clients and contact names. */
class TermsTest {

    private static final ContentAnalyzer ANALYZER = ContentAnalyzer.standard();
    private static final TextContext CONTEXT = new TextContext(List.of("Falcon", "Project Nordlys"),
            Map.of("c-nordbank", "Nordbank"), Map.of("c-nordbank", "Nordbank", "c-eva", "Eva Lindqvist"), Set.of());

    private static List<Signal> of(String text, String detector) {
        return ANALYZER.analyze(text, CONTEXT).stream().filter(s -> s.detector().equals(detector)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Falcon is late", "falcon is late", "FALCON", "Falcons", "Falcon's team", "the Falcons' launch",
            "Falconen er sen", "Falconens team", "Falcon-prosjektet", "#ProjectFalcon", "ProjectFalcon", "#Falcon!",
            "w/ Falcon.", "F\u200Balcon is late", "Falcón"})
    void confidentialTerm_wordInflectionHashtagOrJoined_found(String text) {
        List<Signal> found = of(text, "confidential-term");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).tag()).isEqualTo(ContentTag.CONFIDENTIAL_PROJECT);
        assertThat(found.get(0).entry()).isEqualTo("confidential-term: Falcon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I love falconry", "the falconer", "Falconsbane is a novel", "nofalcon", "Falco", "fal con"})
    void confidentialTerm_insideAnotherWordOrSplit_notFound(String text) {
        assertThat(of(text, "confidential-term")).isEmpty();
    }

    @Test
    void confidentialTerm_hashtag_describedWithTheFormItWasWrittenIn() {
        Signal s = of("Can't wait for #ProjectFalcon", "confidential-term").get(0);
        assertThat(s.evidence()).isEqualTo("#ProjectFalcon");
        assertThat(s.describe()).isEqualTo("the confidential project `Falcon` (as #ProjectFalcon)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Project Nordlys", "#projectnordlys", "Nordlys-prosjektet", "prosjekt Nordlys", "the Nordlys project"})
    void confidentialTerm_projectNameForms_found(String text) {
        assertThat(of(text, "confidential-term")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vi så nordlyset i går", "Northern lights over Tromsø", "nordlys i kveld"})
    void confidentialTerm_projectNameAlone_notFound(String text) {
        assertThat(of(text, "confidential-term")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Signed with Nordbank!", "Nordbanken er kunden vår", "at Nordbank's office", "#Nordbank"})
    void secretClient_nameAndForms_foundWithContactId(String text) {
        List<Signal> found = of(text, "secret-client");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subjectId()).isEqualTo("c-nordbank");
        assertThat(found.get(0).tag()).isEqualTo(ContentTag.SECRET_CLIENT);
        assertThat(of(text, "contact-name")).isEmpty();
    }

    @Test
    void secretClient_otherBanks_notFound() {
        assertThat(of("Nordbankerne i Sverige", "secret-client")).isEmpty();
        assertThat(of("Sparebanken Nord", "secret-client")).isEmpty();
    }

    @Test
    void contactName_fullName_foundWithContactId() {
        Signal s = of("Lunch with Eva Lindqvist's team", "contact-name").get(0);
        assertThat(s.subjectId()).isEqualTo("c-eva");
        assertThat(s.describe()).isEqualTo("the contact `Eva Lindqvist` (as Eva Lindqvist's)");
        assertThat(of("Eva from football", "contact-name")).isEmpty();
    }

    @Test
    void terms_emptyContext_noTermSignals() {
        assertThat(ANALYZER.analyze("Falcon and Nordbank", TextContext.EMPTY)).isEmpty();
        assertThat(ANALYZER.analyze("Falcon and Nordbank", null)).isEmpty();
    }
}
