package dev.fineline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Media;
import dev.fineline.model.Message;
import dev.fineline.model.Organization;
import dev.fineline.model.Person;
import dev.fineline.model.Platform;
import dev.fineline.model.Post;
import dev.fineline.model.Sector;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules of posts.drl and sectors.drl explain in Norwegian bokmål when asked, and in the same English as
 * before otherwise.
 */
class PostsPhrasesTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final EvaluationOptions NORWEGIAN = EvaluationOptions.builder().locale(Locale.forLanguageTag("nb")).build();

    private final PolicyEngine engine = Engines.builtIn();

    private static List<String> explanations(Decision decision, String rule) {
        return decision.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::explanation).toList();
    }

    private static Situation launchPost() {
        return Situation.builder(MONDAY)
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").tags(ContentTag.UPCOMING_LAUNCH).build())
                .build();
    }

    @Test
    void evaluate_unapprovedLaunchPostInNorwegian_explainsInNorwegian() {
        assertThat(explanations(engine.evaluate(launchPost(), NORWEGIAN), "ProprietaryInformation")).containsExactly(
                "innlegget `post-1` fra ansatt `p-kari` viser konfidensiell bedriftsinformasjon (kommende lansering)"
                        + " uten godkjenning fra ledelsen");
    }

    @Test
    void evaluate_unapprovedLaunchPostInEnglish_explainsAsBefore() {
        assertThat(explanations(engine.evaluate(launchPost()), "ProprietaryInformation")).containsExactly(
                "employee `p-kari`'s post `post-1` shows proprietary information (upcoming launch) without management approval");
    }

    @Test
    void evaluate_customerReceiptFromNorwayInNorwegian_explainsBreachAssessmentInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .people(Person.builder("p-ola").jurisdiction("NO").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-ola", "a-acme").tags(ContentTag.CUSTOMER_RECEIPT).build())
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "CustomerDataInPost")).containsExactly(
                "innlegget `post-1` fra ansatt `p-ola` avslører kundekvittering; opplysninger om kunder og samarbeidspartnere"
                        + " skal aldri ut på sosiale medier, heller ikke når kunden er kjent eller dagen har slått rekord;"
                        + " i EU/EØS kan dette være et brudd på personopplysningssikkerheten som må vurderes og meldes"
                        + " (personvernforordningen artikkel 33 og 34)");
        assertThat(explanations(engine.evaluate(situation), "CustomerDataInPost")).containsExactly(
                "employee `p-ola`'s post `post-1` exposes customer receipt; customers' and partners' data never goes on"
                        + " social media, not even for a famous customer or a record day; in the EU/EEA this may be a personal"
                        + " data breach to assess and notify (GDPR articles 33 and 34)");
    }

    @Test
    void evaluate_photoInUnnamedRoomInNorwegian_explainsRoomsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .organization(Organization.builder().settings(Settings.builder().permittedHqRooms("lobby").build()).build())
                .people(Person.builder("p-kari").build())
                .accounts(Account.corporate("a-acme").build())
                .posts(Post.builder("post-1", "p-kari", "a-acme").media(Media.photo(null, ContentTag.HQ_INTERIOR)).build())
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "HqPhotoInRestrictedRoom")).containsExactly(
                "innlegget `post-1` fra ansatt `p-kari` har et bilde fra lokalene tatt i et rom som ikke er oppgitt;"
                        + " det er bare lov å ta bilder i lobby");
        assertThat(explanations(engine.evaluate(situation), "HqPhotoInRestrictedRoom")).containsExactly(
                "employee `p-kari`'s post `post-1` has a photo of the premises taken in an unnamed room;"
                        + " photos are allowed only in lobby");
    }

    @Test
    void evaluate_businessOnUnarchivedChannelInNorwegian_explainsInNorwegian() {
        Situation situation = Situation.builder(MONDAY)
                .organization(Organization.builder().sector(Sector.FINANCE).build())
                .people(Person.builder("p-kari").build())
                .contacts(Contact.of("c-nordbank", "Nordbank", ContactKind.CLIENT))
                .accounts(Account.personal("a-kari", "p-kari").platform(Platform.LINKEDIN).archived(false).build())
                .messages(Message.of("m-1", "p-kari", "a-kari", "c-nordbank", MONDAY, ContentTag.BUSINESS))
                .build();

        assertThat(explanations(engine.evaluate(situation, NORWEGIAN), "UnarchivedBusinessChannel")).containsExactly(
                "ansatt `p-kari` diskuterer forretninger i meldingen `m-1` på personlig LinkedIn-konto `a-kari`, der"
                        + " meldingene ikke arkiveres; finansforetak må føre forretningskommunikasjon i kanaler som arkiveres"
                        + " (SECs og FINRAs krav til arkivering)");
        assertThat(explanations(engine.evaluate(situation), "UnarchivedBusinessChannel")).containsExactly(
                "employee `p-kari` discusses business in message `m-1` on personal LinkedIn account `a-kari`, whose messages"
                        + " are not archived; financial firms must keep business communication on archived channels"
                        + " (SEC/FINRA record keeping)");
    }

    @Test
    void phraseEquals_authorDepartedSinceEmission_sameFindingWords() {
        Person before = Person.builder("p-kari").build();
        Person after = Person.builder("p-kari").departedOn(java.time.LocalDate.of(2026, 11, 20)).build();

        Phrase first = Phrase.of("NdaInformation").with("person", before).with("post", "post-1");
        Phrase second = Phrase.of("NdaInformation").with("person", after).with("post", "post-1");

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(Phrase.of("NdaInformation").with("person", Person.builder("p-ola").build())
                .with("post", "post-1"));
    }
}
