package dev.fineline.rules;

import static dev.fineline.rules.DecisionAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.ContentTag;
import dev.fineline.model.EmployerRequest;
import dev.fineline.model.Monitoring;
import dev.fineline.model.MonitoringKind;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.RequestKind;
import dev.fineline.model.Situation;
import dev.fineline.model.Visibility;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The promotion, conduct and monitoring rules explain themselves in Norwegian bokmål when asked, and in
 * the same English as before otherwise.
 */
class PromotionPhrasesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final EvaluationOptions NORWEGIAN = EvaluationOptions.builder().locale(Locale.forLanguageTag("nb")).build();

    private final PolicyEngine engine = Engines.builtIn();

    private static Situation profileChangeRequest() {
        return Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .requests(EmployerRequest.builder("r-1", RequestKind.CHANGE_PROFILE_TO_BRAND).to("p-kari").mandatory(true).build())
                .build();
    }

    @Test
    void evaluate_profileChangeRequestInNorwegian_explainsInNorwegian() {
        assertThat(engine.evaluate(profileChangeRequest(), NORWEGIAN)).isForbidden()
                .explains("MandatoryPromotionOnPersonalAccount", "forespørsel `r-1` fra selskapet pålegger `p-kari` å bruke"
                        + " merkevaren som profil- eller forsidebilde på sine personlige kontoer; personlige kontoer"
                        + " tilhører eierne sine, så arbeidsgiveren kan aldri gjøre mer enn å invitere til dette");
    }

    @Test
    void evaluate_profileChangeRequestInEnglish_explainsAsBefore() {
        assertThat(engine.evaluate(profileChangeRequest())).isForbidden()
                .explains("MandatoryPromotionOnPersonalAccount", "request `r-1` from the company requires `p-kari` to change"
                        + " their personal profile or cover photo to the brand; personal accounts belong to their owners,"
                        + " so the employer can only ever invite this");
    }

    @Test
    void evaluate_repeatedOptionalRequestInNorwegian_explainsPressureInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build(), Person.builder("p-boss").supervisor(true).build())
                .requests(EmployerRequest.builder("r-1", RequestKind.PROMOTE_ON_PERSONAL_ACCOUNT).from("p-boss").to("p-kari")
                        .timesAsked(3).targetsNonCompliers(true).praisesCompliers(true).build())
                .build();

        assertThat(engine.evaluate(situation, NORWEGIAN)).isForbidden()
                .explains("PromotionPressure", "forespørsel `r-1` fra `p-boss`, der `p-kari` blir bedt om å markedsføre"
                        + " virksomheten på sin personlige konto, ble fremmet 3 ganger, ble fulgt opp overfor dem som ikke"
                        + " hadde etterkommet den, ble fulgt av offentlig ros til dem som hadde etterkommet den; det er press,"
                        + " og det hjelper ikke at forespørselen kalles frivillig");
        assertThat(engine.evaluate(situation)).isForbidden()
                .explains("PromotionPressure", "request `r-1` from `p-boss` asking `p-kari` to promote the business on their"
                        + " personal account was made 3 times, followed up on those who had not complied, praised those who"
                        + " complied in public; that is pressure, and calling it optional does not change that");
    }

    @Test
    void evaluate_undisclosedPraiseByNorwegianEmployeeInNorwegian_citesMarketingControlActInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-kari").jurisdiction("NO").build())
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.INSTAGRAM).profileNamesEmployer(true).build())
                .posts(Post.builder("post-1", "p-kari", "a-kari").tags(ContentTag.PRODUCT_PRAISE).build())
                .build();

        assertThat(engine.evaluate(situation, NORWEGIAN)).isWarn().hasObligation(Obligation.DISCLOSE_CONNECTION)
                .explains("UndisclosedPraiseOnPersonalAccount", "ansatt `p-kari` roser virksomhetens produkter i innlegget"
                        + " `post-1` på personlig Instagram-konto `a-kari` uten å opplyse ved siden av rosen om at vedkommende"
                        + " jobber der (FTCs retningslinjer for anbefalinger, 16 CFR 255; i Norge forbyr markedsføringsloven"
                        + " skjult reklame); at arbeidsgiveren står i profilen, er ikke en tilstrekkelig opplysning");
        assertThat(engine.evaluate(situation)).isWarn()
                .explains("UndisclosedPraiseOnPersonalAccount", "employee `p-kari` praises the business's products in post"
                        + " `post-1` on personal Instagram account `a-kari` without saying next to the praise that they work"
                        + " there (FTC Endorsement Guides, 16 CFR 255; in Norway the Marketing Control Act bans hidden"
                        + " advertising); the employer named in the profile is not a disclosure");
    }

    @Test
    void evaluate_protectedRantWithDisclaimerInNorwegian_explainsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-sam").jurisdiction("US-CA").build())
                .accounts(Account.personal("a-sam", "p-sam").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE)
                        .disclaimer(true).build())
                .posts(Post.builder("post-1", "p-sam", "a-sam").tags(ContentTag.ABUSIVE, ContentTag.WORKING_CONDITIONS).build())
                .build();

        assertThat(engine.evaluate(situation, NORWEGIAN)).isWarn().hasObligation(Obligation.LEGAL_REVIEW)
                .explains("ProtectedAbusiveRant", "ansatt `p-sam` rakker ned på sjefen eller selskapet i vulgære eller grovt"
                        + " nedsettende ordelag i innlegget `post-1`, men som ansatt uten lederansvar i US-CA som klager på"
                        + " arbeidsforholdene, utøver vedkommende vernet kollektiv aktivitet")
                .explains("ProtectedAbusiveRant", "forbeholdet «meningene er mine egne» på personlig Facebook-konto `a-sam`"
                        + " endrer ikke vurderingen");
    }

    @Test
    void evaluate_colleaguesReportingOnNorwegianEmployeeInNorwegian_explainsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").jurisdiction("NO").build())
                .monitoring(new Monitoring("m-1", MonitoringKind.COLLEAGUE_REPORTING, "p-ola", false, false))
                .build();

        assertThat(engine.evaluate(situation, NORWEGIAN)).isWarn()
                .explains("WatchingPrivateAccount", "overvåkingstiltaket `m-1` ber kolleger rapportere om ansatt `p-ola`;"
                        + " i EU/EØS krever det at tiltaket er nødvendig og forholdsmessig, og at personen varsles");
        assertThat(engine.evaluate(situation)).isWarn()
                .explains("WatchingPrivateAccount", "monitoring `m-1` asks colleagues to report on employee `p-ola`;"
                        + " in the EU/EEA that needs necessity, proportionality and notice to the person");
    }

    @Test
    void requestKindTexts_inEnglish_areWhatTheModelSaysWasAsked() {
        for (RequestKind kind : RequestKind.values()) {
            assertThat(Messages.text(Messages.ENGLISH, "RequestKind." + kind.name())).isEqualTo(kind.asked());
            assertThat(Messages.keys(Messages.NORWEGIAN)).contains("RequestKind." + kind.name());
        }
    }
}
