package dev.fineline.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fineline.model.AccountKind;
import dev.fineline.model.Approval;
import dev.fineline.model.ContactKind;
import dev.fineline.model.ContentTag;
import dev.fineline.model.Engagement;
import dev.fineline.model.Jurisdiction;
import dev.fineline.model.MediaType;
import dev.fineline.model.MonitoringKind;
import dev.fineline.model.PersonStatus;
import dev.fineline.model.Platform;
import dev.fineline.model.PostStatus;
import dev.fineline.model.RequestKind;
import dev.fineline.model.RuleSetting;
import dev.fineline.model.Sector;
import dev.fineline.model.Situation;
import dev.fineline.model.Verdict;
import dev.fineline.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The documented contract (docs/situation-format.yaml) and the example situations are valid, in YAML and JSON alike. */
class ContractTest {

    static final Path ROOT = Path.of("..");
    static final Path CONTRACT = ROOT.resolve("docs/situation-format.yaml");
    static final Path CONTRACT_JSON = Path.of("src/test/resources/situations/contract.json");

    static List<Path> exampleSituations() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/situations"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void read_documentedContract_everySectionAndFieldAsDocumented() {
        Situation s = SituationFiles.read(CONTRACT);

        assertThat(s.at()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        var org = s.organization();
        assertThat(org.name()).isEqualTo("Acme AS");
        assertThat(org.sector()).isEqualTo(Sector.GENERAL);
        assertThat(org.jurisdiction()).as("NO is Norway, not false").isEqualTo(Jurisdiction.of("NO"));
        assertThat(org.policies().personalUse()).isTrue();
        assertThat(org.policies().corporateAccounts()).isTrue();
        var settings = org.settings();
        assertThat(settings.clientConnections()).isEqualTo(Verdict.WARN);
        assertThat(settings.disconnectionDeadlineDays()).isEqualTo(14);
        assertThat(settings.maxCredentialHolders()).isEqualTo(3);
        assertThat(settings.passwordRotationDays()).isEqualTo(90);
        assertThat(settings.permittedHqRooms()).containsExactly("lobby", "cafeteria");
        assertThat(settings.confidentialTerms()).containsExactly("Project Falcon");
        assertThat(settings.secretClients()).containsExactly("c-nordbank");
        assertThat(settings.workHours().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(settings.workHours().end()).isEqualTo(LocalTime.of(17, 0));
        assertThat(settings.workHours().zone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        assertThat(settings.workHours().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(settings.rules()).containsOnly(
                java.util.Map.entry("POST-13", RuleSetting.DISABLED),
                java.util.Map.entry("CONN-1", RuleSetting.verdict(Verdict.FORBIDDEN)));
        assertThat(settings.contentAnalysis()).isTrue();
        assertThat(settings.lexicon().add()).containsExactly(java.util.Map.entry(ContentTag.THREAT, java.util.List.of("sort you out")));
        assertThat(settings.lexicon().allow()).containsExactly("killer app");

        assertThat(s.people()).extracting(p -> p.id()).containsExactly("p-kari", "p-boss", "p-ola");
        var kari = s.people().get(0);
        assertThat(kari.name()).isEqualTo("Kari Nordmann");
        assertThat(kari.engagement()).isEqualTo(Engagement.EMPLOYEE);
        assertThat(kari.salaried()).isTrue();
        assertThat(kari.supervisor()).isFalse();
        assertThat(kari.roles()).containsExactly("COMMUNITY_MANAGER");
        assertThat(kari.jurisdiction()).isEqualTo(Jurisdiction.of("US-CA"));
        assertThat(kari.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(kari.acknowledgedPolicy()).isTrue();
        assertThat(kari.noClientConnectionClause()).isFalse();
        assertThat(kari.reportsTo()).isEqualTo("p-boss");
        assertThat(s.people().get(1).supervisor()).isTrue();
        assertThat(s.people().get(1).jurisdiction()).as("the organisation's").isEqualTo(Jurisdiction.of("NO"));
        assertThat(s.people().get(2).status()).isEqualTo(PersonStatus.DEPARTED);
        assertThat(s.people().get(2).departedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(s.people().get(2).salaried()).as("default for a contractor").isFalse();

        assertThat(s.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Nordbank");
            assertThat(c.kind()).isEqualTo(ContactKind.CLIENT);
        });

        var personal = s.accounts().get(0);
        assertThat(personal.platform()).isEqualTo(Platform.LINKEDIN);
        assertThat(personal.kind()).isEqualTo(AccountKind.PERSONAL);
        assertThat(personal.owner()).isEqualTo("p-kari");
        assertThat(personal.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(personal.profileNamesEmployer()).isTrue();
        assertThat(personal.disclaimer()).isTrue();
        assertThat(personal.archived()).as("default for PERSONAL").isFalse();
        var corporate = s.accounts().get(1);
        assertThat(corporate.kind()).isEqualTo(AccountKind.CORPORATE);
        assertThat(corporate.credentialHolders()).containsExactly("p-kari");
        assertThat(corporate.formerCredentialHolders()).isEmpty();
        assertThat(corporate.passwordChangedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(corporate.archived()).isTrue();

        assertThat(s.connections()).singleElement().satisfies(c -> {
            assertThat(c.account()).isEqualTo("a-kari-li");
            assertThat(c.contact()).isEqualTo("c-nordbank");
            assertThat(c.since()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(c.disconnectionRequestedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        });

        var post = s.posts().get(0);
        assertThat(post.text()).isEqualTo("A first look at what the lab is building");
        assertThat(post.tags()).contains(ContentTag.PROTOTYPE);
        assertThat(post.mentions()).containsExactly("c-nordbank");
        assertThat(post.media()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MediaType.PHOTO);
            assertThat(m.tags()).containsExactly(ContentTag.HQ_INTERIOR);
            assertThat(m.room()).isEqualTo("lab");
        });
        assertThat(post.postedAt()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.approvals()).containsExactly(Approval.MANAGEMENT);
        assertThat(post.disclosesEmployment()).isFalse();
        assertThat(post.resharedFrom()).as("null is absent").isNull();

        assertThat(s.messages()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("p-kari");
            assertThat(m.to()).isEqualTo("c-nordbank");
            assertThat(m.sentAt()).isEqualTo(Instant.parse("2026-11-20T21:30:00Z"));
            assertThat(m.text()).isEqualTo("Drinks after the meeting? ;)");
            assertThat(m.tags()).containsExactly(ContentTag.FLIRTATIOUS);
        });
        assertThat(s.requests()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RequestKind.PROMOTE_ON_PERSONAL_ACCOUNT);
            assertThat(r.from()).isEqualTo("p-boss");
            assertThat(r.to()).containsExactly("p-kari");
            assertThat(r.mandatory()).isFalse();
            assertThat(r.timesAsked()).isEqualTo(1);
            assertThat(r.targetsNonCompliers()).isFalse();
            assertThat(r.praisesCompliers()).isFalse();
            assertThat(r.outsidePaidHours()).isFalse();
        });
        assertThat(s.accounts().get(2).kind()).as("an owner makes it personal").isEqualTo(AccountKind.PERSONAL);
        assertThat(s.relationships()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("rel-1");
            assertThat(r.kind()).isEqualTo(dev.fineline.model.RelationshipKind.REQUEST);
            assertThat(r.from()).isEqualTo("a-boss-fb");
            assertThat(r.to()).isEqualTo("a-kari-li");
            assertThat(r.requestedAt()).isEqualTo(Instant.parse("2026-11-19T21:04:00Z"));
            assertThat(r.accepted()).isFalse();
        });
        assertThat(s.monitoring()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MonitoringKind.BRAND_LISTENING);
            assertThat(m.target()).isEqualTo("p-kari");
            assertThat(m.concernsThreat()).isFalse();
            assertThat(m.concernsOrganizing()).isFalse();
        });
    }

    @Test
    void read_contractWrittenAsJson_sameSituationAsTheYaml() {
        assertThat(SituationFiles.read(CONTRACT_JSON)).isEqualTo(SituationFiles.read(CONTRACT));
    }

    @Test
    void read_exampleSituations_allValid() throws IOException {
        List<Path> examples = exampleSituations();

        assertThat(examples).extracting(p -> p.getFileName().toString())
                .containsExactly("contractor-work-hours.yaml", "offboarding.yaml", "pre-publish-draft.yaml", "untagged-draft.yaml");
        for (Path example : examples) {
            Situation s = SituationFiles.read(example);
            assertThat(s.people()).as(example.toString()).isNotEmpty();
            assertThat(s.organization().jurisdiction()).as(example.toString()).isEqualTo(Jurisdiction.of("NO"));
        }
    }
}
