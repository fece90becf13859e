package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Connection;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Engagement;
import dev.fineline.model.Message;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Relationship;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules of connections.drl, corporate.drl, ownership.drl and relations.drl explain themselves in
 * Norwegian bokmål when asked, and in the same English as before when not.
 */
class ConnectionsPhrasesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final EvaluationOptions NORWEGIAN = EvaluationOptions.builder().locale(Locale.forLanguageTag("nb")).build();
    private static final List<String> PREFIXES = List.of("PersonalClientConnection", "DepartedPersonStillConnected",
            "Disconnection", "ClientConversationOnPersonalAccount", "CrossPromotionToPersonalAccount",
            "FlirtingWithBusinessContact", "Harassing", "OutOfHoursSmallTalkWithClient", "TooManyCredentialHolders",
            "StalePassword", "DepartedPersonHoldsAccess", "PasswordNotRotatedAfterDeparture", "ExternalCredentialHolder",
            "NoCorporateAccountPolicy", "NoPersonalUsePolicy", "PersonalUsePolicyNotAcknowledged",
            "PersonalAccountAccessRequest", "CorporateAccountCredentialsRequest", "ManagerWatchesReportPrivateAccount",
            "ManagerPraisesCompliers", "AdvancesToDirectReport", "RequestKind.");

    private final PolicyEngine engine = Engines.builtIn();

    private static List<String> explanations(Decision decision, String rule) {
        return decision.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::explanation).toList();
    }

    private static Situation departedContractor() {
        return Situation.builder(MONDAY)
                .people(Person.builder("p-ola").engagement(Engagement.CONTRACTOR).departedOn(LocalDate.of(2026, 10, 30)).build())
                .accounts(Account.corporate("a-acme-x").platform(Platform.X).credentialHolders(List.of("p-ola"))
                        .passwordChangedOn(LocalDate.of(2026, 9, 1)).build())
                .build();
    }

    @Test
    void evaluate_departedContractorStillHoldsAccessInNorwegian_explainsInNorwegian() {
        Decision decision = engine.evaluate(departedContractor(), NORWEGIAN);

        assertThat(explanations(decision, "DepartedPersonHoldsAccess")).containsExactly(
                "tidligere oppdragstaker `p-ola` (sluttet 2026-10-30) har fortsatt tilgang til X-firmakonto `a-acme-x`");
        assertThat(explanations(decision, "PasswordNotRotatedAfterDeparture")).containsExactly(
                "tidligere oppdragstaker `p-ola` har påloggingsopplysningene til X-firmakonto `a-acme-x`, og passordet ble sist "
                        + "byttet 2026-09-01, før vedkommende sluttet 2026-10-30; passordet må byttes selv om tilgangen er fjernet");
        assertThat(explanations(decision, "ExternalCredentialHolder")).containsExactly(
                "oppdragstaker `p-ola` har påloggingsopplysningene til X-firmakonto `a-acme-x`, men er oppdragstaker og ikke egen ansatt");
    }

    @Test
    void evaluate_departedContractorStillHoldsAccessInEnglish_explainsAsBefore() {
        Decision decision = engine.evaluate(departedContractor());

        assertThat(explanations(decision, "DepartedPersonHoldsAccess")).containsExactly(
                "departed contractor `p-ola` (left 2026-10-30) still holds access to corporate X account `a-acme-x`");
        assertThat(explanations(decision, "PasswordNotRotatedAfterDeparture")).containsExactly(
                "departed contractor `p-ola` holds the credentials of corporate X account `a-acme-x` and the password was last "
                        + "changed on 2026-09-01, before they left on 2026-10-30; the password must change even when access was revoked");
        assertThat(explanations(decision, "ExternalCredentialHolder")).containsExactly(
                "contractor `p-ola` holds the credentials of corporate X account `a-acme-x` but is a contractor, not internal staff");
    }

    @Test
    void evaluate_flirtingWithClientAfterHoursInNorwegian_explainsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.LINKEDIN).build())
                .messages(Message.of("m-1", "p-kari", "a-kari", "c-nordbank", Instant.parse("2026-11-23T21:30:00Z"),
                        ContentTag.FLIRTATIOUS))
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "FlirtingWithBusinessContact")).containsExactly(
                "ansatt `p-kari` sendte den flørtende eller seksuelle meldingen `m-1` til kunde `c-nordbank` man. 2026-11-23 "
                        + "21:30 UTC, utenfor arbeidstiden, men det gjør den ikke privat; dette kan føre til skriftlig advarsel "
                        + "eller oppsigelse (EEOCs veiledning om trakassering, 2024)");
        assertThat(explanations(engine.evaluate(situation), "FlirtingWithBusinessContact")).containsExactly(
                "employee `p-kari` sent flirtatious or sexual message `m-1` to client `c-nordbank` on Mon 2026-11-23 21:30 UTC, "
                        + "outside work hours, which does not make it private; this can lead to a written warning or dismissal "
                        + "(EEOC harassment guidance, 2024)");
    }

    @Test
    void evaluate_personalAccountPasswordRequestedInNorwegian_explainsWhatWasAskedInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").jurisdiction("US-CA").build(), Person.builder("p-nils").jurisdiction("NO").build(),
                        Person.builder("p-boss").supervisor(true).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.PERSONAL_ACCOUNT_CREDENTIALS).from("p-boss")
                        .to("p-kari", "p-nils").build())
                .build();

        Decision decision = engine.evaluate(situation, NORWEGIAN);

        assertThat(explanations(decision, "PersonalAccountAccessRequestInUs")).containsExactly(
                "ansatt `p-kari` i US-CA ble bedt av `p-boss` (forespørsel `r-1`) om passordet eller innloggingstilgang til "
                        + "sin personlige konto; delstatlige personvernlover for sosiale medier i USA (som California Labor Code "
                        + "980) forbyr dette");
        assertThat(explanations(decision, "PersonalAccountAccessRequest")).containsExactly(
                "ansatt `p-nils` i NO ble bedt av `p-boss` (forespørsel `r-1`) om passordet eller innloggingstilgang til sin "
                        + "personlige konto; i EU/EØS er det et inngrep i privatlivet ut over det som er nødvendig (Artikkel "
                        + "29-gruppens uttalelse 2/2017)");
        assertThat(explanations(engine.evaluate(situation), "PersonalAccountAccessRequest")).containsExactly(
                "employee `p-nils` in NO was asked by `p-boss` (request `r-1`) for the password of, or login access to, their "
                        + "personal account; in the EU/EEA that reaches into private life beyond what is necessary (Article 29 "
                        + "Working Party Opinion 2/2017)");
    }

    @Test
    void evaluate_departedPersonPastDisconnectionDeadlineInNorwegian_countsDaysInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").departedOn(LocalDate.of(2026, 10, 1)).build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-ola-li", "p-ola").platform(Platform.LINKEDIN).build())
                .connections(Connection.of("a-ola-li", "c-nordbank").withDisconnectionRequestedOn(LocalDate.of(2026, 11, 3)))
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "DisconnectionDeadlinePassed")).containsExactly(
                "tidligere ansatt `p-ola` har fortsatt forbindelse med kunde `c-nordbank` via personlig LinkedIn-konto `a-ola-li` "
                        + "20 dager etter at vedkommende ble bedt om å fjerne den 2026-11-03; fristen på 14 dager er overskredet");
    }

    @Test
    void evaluate_managerRequestsReportsPrivateAccountInNorwegian_explainsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-boss").supervisor(true).build(), Person.builder("p-kari").reportsTo("p-boss").build())
                .accounts(Account.personal("a-boss-fb", "p-boss").platform(Platform.FACEBOOK).build(),
                        Account.personal("a-kari-fb", "p-kari").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE).build())
                .relationships(Relationship.request("a-boss-fb", "a-kari-fb", MONDAY))
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "ManagerWatchesReportPrivateAccount")).containsExactly(
                "leder `p-boss` har sendt en venne- eller kontaktforespørsel til personlig Facebook-konto `a-kari-fb`, en privat "
                        + "konto som tilhører ansatt `p-kari`, som rapporterer til vedkommende, fra kontoen `a-boss-fb` (ventende "
                        + "venne- eller kontaktforespørsel `request:a-boss-fb->a-kari-fb`); en leder som følger med på en "
                        + "underordnets private konto, trenger en klar og forholdsmessig grunn og må gi personen beskjed");
    }

    @Test
    void catalogue_theseThemesKeys_haveTheSamePlaceholdersInBothLanguages() {
        Set<String> english = new TreeSet<>(Messages.keys(Messages.ENGLISH));
        english.removeIf(key -> PREFIXES.stream().noneMatch(key::startsWith));

        assertThat(english).hasSizeGreaterThan(40);
        assertThat(Messages.keys(Messages.NORWEGIAN)).containsAll(english);
        for (String key : english) {
            assertThat(Messages.placeholders(Messages.NORWEGIAN, key)).as(key)
                    .isEqualTo(Messages.placeholders(Messages.ENGLISH, key));
        }
    }
}
