package dev.fineline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records validate themselves; messages name the field and quote the value. */
class RecordValidationTest {

    @Test
    void person_blankId_refusedQuotingIt() {
        assertThatThrownBy(() -> Person.builder(" ").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person.id: must not be blank, was \" \"");
    }

    @Test
    void person_departureDateWhileActive_refused() {
        assertThatThrownBy(() -> Person.builder("p-1").departedOn(LocalDate.of(2026, 1, 1)).status(PersonStatus.ACTIVE).build())
                .hasMessage("person.departedOn: only a DEPARTED person has a departure date, was \"2026-01-01\" for ACTIVE person \"p-1\"");
    }

    @Test
    void person_defaults_salariedOnlyForEmployees() {
        assertThat(Person.builder("p-1").build().salaried()).isTrue();
        assertThat(Person.builder("p-2").engagement(Engagement.CONTRACTOR).build().salaried()).isFalse();
        assertThat(Person.builder("p-3").build().acknowledgedPolicy()).isTrue();
    }

    @Test
    void person_nlraProtection_onlyNonSupervisoryUsEmployees() {
        assertThat(Person.builder("p").jurisdiction("US-CA").build().isNlraProtected()).isTrue();
        assertThat(Person.builder("p").jurisdiction("US-CA").supervisor(true).build().isNlraProtected()).isFalse();
        assertThat(Person.builder("p").jurisdiction("US").engagement(Engagement.CONSULTANT).build().isNlraProtected()).isFalse();
        assertThat(Person.builder("p").jurisdiction("NO").build().isNlraProtected()).isFalse();
        assertThat(Person.builder("p").build().isNlraProtected()).isFalse();
    }

    @Test
    void account_personalWithoutOwner_refused() {
        assertThatThrownBy(() -> Account.builder("a-1", AccountKind.PERSONAL).build())
                .hasMessage("account.owner: is required for PERSONAL account \"a-1\"");
    }

    @Test
    void account_defaults_archivedOnlyWhenCorporate() {
        assertThat(Account.corporate("a-1").build().archived()).isTrue();
        assertThat(Account.personal("a-2", "p").build().archived()).isFalse();
    }

    @Test
    void account_effectivelyPublic_linkedInAndXWhateverTheSettings() {
        assertThat(Account.personal("a", "p").platform(Platform.LINKEDIN).visibility(Visibility.PRIVATE).build().isEffectivelyPublic()).isTrue();
        assertThat(Account.personal("a", "p").platform(Platform.X).visibility(Visibility.PRIVATE).build().isEffectivelyPublic()).isTrue();
        assertThat(Account.personal("a", "p").platform(Platform.FACEBOOK).visibility(Visibility.PRIVATE).build().isEffectivelyPublic()).isFalse();
        assertThat(Account.personal("a", "p").platform(Platform.FACEBOOK).build().isEffectivelyPublic()).isTrue();
    }

    @Test
    void account_blankCredentialHolder_refusedWithIndex() {
        assertThatThrownBy(() -> Account.corporate("a").credentialHolders(List.of("p-1", "")).build())
                .hasMessage("account.credentialHolders[1]: must not be blank, was \"\"");
    }

    @Test
    void settings_negativeDays_refusedQuotingValue() {
        assertThatThrownBy(() -> Settings.builder().disconnectionDeadlineDays(-1).build())
                .hasMessage("settings.disconnectionDeadlineDays: must be at least 0, was -1");
        assertThatThrownBy(() -> Settings.builder().maxCredentialHolders(0).build())
                .hasMessage("settings.maxCredentialHolders: must be at least 1, was 0");
    }

    @Test
    void settings_defaults_contentAnalysisOnWithoutLexiconChanges() {
        assertThat(Settings.DEFAULT.contentAnalysis()).isTrue();
        assertThat(Settings.DEFAULT.lexicon().isEmpty()).isTrue();
        assertThat(Settings.builder().contentAnalysis(false).build().toBuilder().build().contentAnalysis()).isFalse();
    }

    @Test
    void lexiconSettings_blankTerm_refusedWithTagAndIndex() {
        assertThatThrownBy(() -> new LexiconSettings(java.util.Map.of(ContentTag.THREAT, List.of("ok", " ")), List.of()))
                .hasMessage("settings.lexicon.add.THREAT[1]: must not be blank, was \" \"");
    }

    @Test
    void lexiconSettings_toString_countsTermsWithoutNamingThem() {
        LexiconSettings lexicon = new LexiconSettings(java.util.Map.of(ContentTag.THREAT, List.of("Falcon strike")),
                List.of("falconry"));

        assertThat(lexicon.toString()).isEqualTo("LexiconSettings[add=1, allow=1]");
        assertThat(Settings.builder().lexicon(lexicon).build().toString()).doesNotContain("Falcon", "falconry");
    }

    @Test
    void message_text_keptButLeftOutOfToString() {
        Message message = Message.builder("m-1", "p-1", "a-1", "c-1").text("card 4539 1488 0343 6467")
                .tags(ContentTag.BUSINESS).build();

        assertThat(message.text()).isEqualTo("card 4539 1488 0343 6467");
        assertThat(message.toString()).doesNotContain("4539");
        assertThat(message.withAddedTags(Set.of(ContentTag.CUSTOMER_PERSONAL_DATA)).tags())
                .containsExactlyInAnyOrder(ContentTag.BUSINESS, ContentTag.CUSTOMER_PERSONAL_DATA);
        assertThat(Message.of("m-2", "p-1", "a-1", "c-1", null).text()).isEmpty();
    }

    @Test
    void post_withAddedMentions_unionKeepsOrder() {
        Post post = Post.builder("post-1", "p-1", "a-1").mentions("c-1").build();

        assertThat(post.withAddedMentions(List.of("c-2", "c-1")).mentions()).containsExactly("c-1", "c-2");
        assertThat(post.withAddedMentions(List.of("c-1"))).isSameAs(post);
    }

    @Test
    void request_noRecipientsOrZeroTimes_refused() {
        assertThatThrownBy(() -> EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).build())
                .hasMessage("request.to: must name at least one person, request \"r-1\" names none");
        assertThatThrownBy(() -> EmployerRequest.builder("r-1", RequestKind.OFFER_BRAND_ARTWORK).to("p").timesAsked(0).build())
                .hasMessage("request.timesAsked: must be at least 1, was 0");
    }

    @Test
    void monitoring_watchWithoutTarget_refused() {
        assertThatThrownBy(() -> new Monitoring("m-1", MonitoringKind.PRIVATE_ACCOUNT_WATCH, null, false, false))
                .hasMessage("monitoring.target: is required for PRIVATE_ACCOUNT_WATCH monitoring \"m-1\"");
    }

    @Test
    void post_mediaTags_countAsPostTags() {
        Post post = Post.builder("post-1", "p", "a").tags(ContentTag.WORK_RELATED).media(Media.photo("lab", ContentTag.HQ_INTERIOR)).build();

        assertThat(post.hasTag(ContentTag.HQ_INTERIOR)).isTrue();
        assertThat(post.hasTagIn(ContentTag.Group.PLACE)).isTrue();
        assertThat(post.tagsAmong(Set.of(ContentTag.HQ_INTERIOR, ContentTag.PROTOTYPE))).containsExactly(ContentTag.HQ_INTERIOR);
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void jurisdiction_codes_parsedAndClassified() {
        assertThat(Jurisdiction.of("US-CA")).isEqualTo(new Jurisdiction("US", "CA"));
        assertThat(Jurisdiction.of("US-CA").isUnitedStates()).isTrue();
        assertThat(Jurisdiction.of("NO").isEuropeanEconomicArea()).isTrue();
        assertThat(Jurisdiction.of("IS").isEuropeanEconomicArea()).isTrue();
        assertThat(Jurisdiction.of("CH").isEuropeanEconomicArea()).isFalse();
        assertThat(Jurisdiction.of("US-CA").code()).isEqualTo("US-CA");
    }

    @Test
    void jurisdiction_badCodes_refusedQuotingThem() {
        assertThatThrownBy(() -> Jurisdiction.of("Norway"))
                .hasMessage("jurisdiction: must be a country code such as \"NO\" or \"US-CA\", was \"Norway\"");
        assertThatThrownBy(() -> Jurisdiction.of("us-ca")).hasMessageContaining("was \"us-ca\"");
    }

    @Test
    void workHours_equalStartAndEnd_refused() {
        assertThatThrownBy(() -> WorkHours.of(LocalTime.NOON, LocalTime.NOON, ZoneOffset.UTC))
                .hasMessage("workHours: start and end must differ, both were \"12:00\"");
    }

    @Test
    void verdict_order_bySeverity() {
        assertThat(Verdict.WARN.max(Verdict.FORBIDDEN)).isEqualTo(Verdict.FORBIDDEN);
        assertThat(Verdict.WARN.min(Verdict.ALLOWED)).isEqualTo(Verdict.ALLOWED);
        assertThat(Verdict.FORBIDDEN.isAtLeast(Verdict.WARN)).isTrue();
    }
}
